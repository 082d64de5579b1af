import { refundReturn } from '@storeloom/core';
import { refundReturnInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';
import { paymentAccess } from '../payments/payment-access.ts';

/**
 * Refunds a return; moving money needs the refund permission, not just returns:write. Card
 * payments go back through their provider.
 */
export const refund = merchantProcedure
  .meta({ permission: 'orders:refund' })
  .input(refundReturnInputSchema)
  .mutation(({ ctx, input }) =>
    refundReturn({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      ...input,
      payments: paymentAccess(),
    }),
  );
