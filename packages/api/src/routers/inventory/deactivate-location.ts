import { deactivateInventoryLocation } from '@storeloom/core';
import { inventoryLocationInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deactivateLocation = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(inventoryLocationInputSchema)
  .mutation(({ ctx, input }) =>
    deactivateInventoryLocation({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      locationId: input.locationId,
    }),
  );
