import { updateDiscount } from '@storeloom/core';
import { updateDiscountInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const update = merchantProcedure
  .meta({ permission: 'discounts:write' })
  .input(updateDiscountInputSchema)
  .mutation(({ ctx, input }) =>
    updateDiscount({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
