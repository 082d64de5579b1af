import { createShippingZone } from '@storeloom/core';
import { createShippingZoneInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const createZone = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(createShippingZoneInputSchema)
  .mutation(({ ctx, input }) =>
    createShippingZone({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
