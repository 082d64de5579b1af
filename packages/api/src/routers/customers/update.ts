import { updateCustomer } from '@storeloom/core';
import { updateCustomerInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The merchant's note and tags on a customer (audited). */
export const update = merchantProcedure
  .meta({ permission: 'customers:write' })
  .input(updateCustomerInputSchema)
  .mutation(({ ctx, input }) =>
    updateCustomer({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
