import { pdfDownload, renderInvoicePdf } from '@storeloom/core';
import { orderIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The order's invoice as a PDF download (base64). */
export const invoicePdf = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(orderIdInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(
      await renderInvoicePdf({ db: ctx.db, tenantId: ctx.tenantId, orderId: input.orderId }),
    ),
  );
