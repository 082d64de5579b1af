import { createTRPCRouter } from '../../trpc.ts';
import { createRate } from './create-rate.ts';
import { createZone } from './create-zone.ts';
import { deleteRate } from './delete-rate.ts';
import { deleteZone } from './delete-zone.ts';
import { listTiers } from './list-tiers.ts';
import { listZones } from './list-zones.ts';
import { quote } from './quote.ts';
import { updateRate } from './update-rate.ts';
import { updateTier } from './update-tier.ts';
import { updateZone } from './update-zone.ts';

export const shippingRouter = createTRPCRouter({
  zones: createTRPCRouter({
    list: listZones,
    create: createZone,
    update: updateZone,
    delete: deleteZone,
  }),
  rates: createTRPCRouter({ create: createRate, update: updateRate, delete: deleteRate }),
  tiers: createTRPCRouter({ list: listTiers, update: updateTier }),
  quote,
});
