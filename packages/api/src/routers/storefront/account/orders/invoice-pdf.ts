import { pdfDownload, renderInvoicePdf } from '@storeloom/core';
import { customerOrderIdInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

/** The invoice of one of the shopper's own orders (the account's visibility rule), as a PDF. */
export const invoicePdf = customerProcedure
  .input(customerOrderIdInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(
      await renderInvoicePdf({
        db: ctx.db,
        tenantId: ctx.tenantId,
        orderId: input.orderId,
        customer: ctx.customer,
      }),
    ),
  );
