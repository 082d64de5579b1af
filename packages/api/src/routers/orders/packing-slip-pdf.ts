import { pdfDownload, renderPackingSlipPdf } from '@storeloom/core';
import { packingSlipInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The packing slip of the order, or of one of its shipments, as a PDF download (base64). */
export const packingSlipPdf = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(packingSlipInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(await renderPackingSlipPdf({ db: ctx.db, tenantId: ctx.tenantId, ...input })),
  );
