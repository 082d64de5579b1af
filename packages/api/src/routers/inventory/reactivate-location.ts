import { reactivateInventoryLocation } from '@storeloom/core';
import { inventoryLocationInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const reactivateLocation = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(inventoryLocationInputSchema)
  .mutation(({ ctx, input }) =>
    reactivateInventoryLocation({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      locationId: input.locationId,
    }),
  );
