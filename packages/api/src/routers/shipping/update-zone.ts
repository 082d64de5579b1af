import { updateShippingZone } from '@storeloom/core';
import { updateShippingZoneInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateZone = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(updateShippingZoneInputSchema)
  .mutation(({ ctx, input }) =>
    updateShippingZone({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
