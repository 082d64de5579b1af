import { updateShippingTier } from '@storeloom/core';
import { updateShippingTierInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateTier = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(updateShippingTierInputSchema)
  .mutation(({ ctx, input }) =>
    updateShippingTier({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
