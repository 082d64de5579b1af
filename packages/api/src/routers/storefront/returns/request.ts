import { requestReturn } from '@storeloom/core';
import { requestReturnInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../trpc.ts';

/** The signed-in shopper asks to return delivered items of one of their orders. */
export const request = customerProcedure
  .input(requestReturnInputSchema)
  .mutation(({ ctx, input }) =>
    requestReturn({ db: ctx.db, tenantId: ctx.tenantId, customer: ctx.customer, ...input }),
  );
