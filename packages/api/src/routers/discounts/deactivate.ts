import { deactivateDiscount } from '@storeloom/core';
import { discountIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deactivate = merchantProcedure
  .meta({ permission: 'discounts:write' })
  .input(discountIdInputSchema)
  .mutation(({ ctx, input }) =>
    deactivateDiscount({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      discountId: input.discountId,
    }),
  );
