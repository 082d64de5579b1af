import { refundOrder } from '@storeloom/core';
import { refundOrderInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';
import { paymentAccess } from '../payments/payment-access.ts';

/** A refund straight on an order, without a return; card and PayPal payments go back through the provider. */
export const refund = merchantProcedure
  .meta({ permission: 'orders:refund' })
  .input(refundOrderInputSchema)
  .mutation(({ ctx, input }) =>
    refundOrder({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      ...input,
      payments: paymentAccess(),
    }),
  );
