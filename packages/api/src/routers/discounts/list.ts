import { listDiscounts } from '@storeloom/core';
import { listDiscountsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'discounts:read' })
  .input(listDiscountsInputSchema)
  .query(({ ctx, input }) => listDiscounts({ db: ctx.db, input }));
