import { markShipmentDelivered as deliverShipment } from '@storeloom/core';
import { shipmentIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const markShipmentDelivered = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(shipmentIdInputSchema)
  .mutation(({ ctx, input }) =>
    deliverShipment({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      shipmentId: input.shipmentId,
    }),
  );
