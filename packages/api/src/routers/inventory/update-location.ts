import { updateInventoryLocation } from '@storeloom/core';
import { updateInventoryLocationInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateLocation = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(updateInventoryLocationInputSchema)
  .mutation(({ ctx, input }) =>
    updateInventoryLocation({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
