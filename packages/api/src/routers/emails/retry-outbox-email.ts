import { retryOutboxEmail } from '@storeloom/core';
import { emailIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Sends a failed email again through the configured transport. */
export const retryOutboxEmailProcedure = merchantProcedure
  .meta({ permission: 'email:write' })
  .input(emailIdInputSchema)
  .mutation(({ ctx, input }) =>
    retryOutboxEmail({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      emailId: input.emailId,
    }),
  );
