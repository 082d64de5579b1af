import { getDiscount } from '@storeloom/core';
import { discountIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'discounts:read' })
  .input(discountIdInputSchema)
  .query(({ ctx, input }) => getDiscount({ db: ctx.db, discountId: input.discountId }));
