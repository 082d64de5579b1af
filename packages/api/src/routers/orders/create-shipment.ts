import { createShipment as createOrderShipment } from '@storeloom/core';
import { createShipmentInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const createShipment = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(createShipmentInputSchema)
  .mutation(({ ctx, input }) =>
    createOrderShipment({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
