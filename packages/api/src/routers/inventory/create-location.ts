import { createInventoryLocation } from '@storeloom/core';
import { createInventoryLocationInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const createLocation = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(createInventoryLocationInputSchema)
  .mutation(({ ctx, input }) =>
    createInventoryLocation({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
