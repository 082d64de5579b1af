import { removePaymentCredential } from '@storeloom/core';
import { removePaymentCredentialInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Removes one provider secret; the provider then leaves checkout. */
export const removeCredential = merchantProcedure
  .meta({ permission: 'payments:write' })
  .input(removePaymentCredentialInputSchema)
  .mutation(({ ctx, input }) =>
    removePaymentCredential({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
