import { updateShippingRate } from '@storeloom/core';
import { updateShippingRateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateRate = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(updateShippingRateInputSchema)
  .mutation(({ ctx, input }) =>
    updateShippingRate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
