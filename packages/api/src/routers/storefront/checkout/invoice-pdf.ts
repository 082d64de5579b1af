import { pdfDownload, renderPlacedOrderInvoicePdf } from '@storeloom/core';
import { checkoutOrderInputSchema } from '@storeloom/validators';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** The invoice PDF of an order, for the shopper who placed it (guests by their cart cookie). */
export const invoicePdf = storefrontProcedure
  .input(checkoutOrderInputSchema)
  .query(async ({ ctx, input }) =>
    pdfDownload(
      await renderPlacedOrderInvoicePdf({
        db: ctx.db,
        tenantId: ctx.tenantId,
        orderId: input.orderId,
        shopper: await shopperOf(ctx),
      }),
    ),
  );
