import { cancelOrder } from '@storeloom/core';
import { cancelOrderInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';
import { paymentAccess } from '../payments/payment-access.ts';

/** Cancels an unshipped order; money paid by card or PayPal goes back through the provider. */
export const cancel = merchantProcedure
  .meta({ permission: 'orders:cancel' })
  .input(cancelOrderInputSchema)
  .mutation(({ ctx, input }) =>
    cancelOrder({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      ...input,
      payments: paymentAccess(),
    }),
  );
