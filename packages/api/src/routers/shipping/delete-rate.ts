import { deleteShippingRate } from '@storeloom/core';
import { shippingRateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deleteRate = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(shippingRateIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteShippingRate({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      rateId: input.rateId,
    }),
  );
