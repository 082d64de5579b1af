import { deleteShippingZone } from '@storeloom/core';
import { shippingZoneIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deleteZone = merchantProcedure
  .meta({ permission: 'shipping:write' })
  .input(shippingZoneIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteShippingZone({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      zoneId: input.zoneId,
    }),
  );
