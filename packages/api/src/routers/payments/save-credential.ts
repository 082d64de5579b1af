import { savePaymentCredential } from '@storeloom/core';
import { savePaymentCredentialInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';
import { paymentAccess } from './payment-access.ts';

/** Stores one provider secret encrypted; answers with its mask only. */
export const saveCredential = merchantProcedure
  .meta({ permission: 'payments:write' })
  .input(savePaymentCredentialInputSchema)
  .mutation(({ ctx, input }) =>
    savePaymentCredential({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      keys: paymentAccess().keys,
      ...input,
    }),
  );
