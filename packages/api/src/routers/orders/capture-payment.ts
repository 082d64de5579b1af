import { captureOrderPayment } from '@storeloom/core';
import { capturePaymentInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';
import { paymentAccess } from '../payments/payment-access.ts';

/** Takes the money of an authorised card or PayPal payment (manual capture mode). */
export const capturePayment = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(capturePaymentInputSchema)
  .mutation(({ ctx, input }) =>
    captureOrderPayment({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      ...input,
      ...paymentAccess(),
    }),
  );
