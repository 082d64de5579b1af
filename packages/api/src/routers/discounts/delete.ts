import { deleteDiscount as deleteDiscountRecord } from '@storeloom/core';
import { discountIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deleteDiscount = merchantProcedure
  .meta({ permission: 'discounts:write' })
  .input(discountIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteDiscountRecord({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      discountId: input.discountId,
    }),
  );
