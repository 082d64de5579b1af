import { pdfDownload, renderPublicEstimatePdf } from '@storeloom/core';
import { estimateTokenInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** The estimate behind a public link as a PDF: whoever can view it can download it. */
export const pdf = storefrontProcedure
  .input(estimateTokenInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(
      await renderPublicEstimatePdf({ db: ctx.db, tenantId: ctx.tenantId, token: input.token }),
    ),
  );
