import { createShippingRate } from '@storeloom/core';
import { createShippingRateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const createRate = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(createShippingRateInputSchema)
  .mutation(({ ctx, input }) =>
    createShippingRate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
