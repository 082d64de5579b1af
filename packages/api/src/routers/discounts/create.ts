import { createDiscount } from '@storeloom/core';
import { createDiscountInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const create = merchantProcedure
  .meta({ permission: 'discounts:write' })
  .input(createDiscountInputSchema)
  .mutation(({ ctx, input }) =>
    createDiscount({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
