import { pdfDownload, renderEstimatePdf } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The estimate as the customer will read it, as a PDF download (base64). */
export const pdf = merchantProcedure
  .meta({ permission: 'estimates:read' })
  .input(estimateIdInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(
      await renderEstimatePdf({ db: ctx.db, tenantId: ctx.tenantId, estimateId: input.estimateId }),
    ),
  );
