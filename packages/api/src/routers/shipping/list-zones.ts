import { listShippingZones } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const listZones = merchantProcedure
  .meta({ permission: 'shipping:read' })
  .query(({ ctx }) => listShippingZones({ db: ctx.db }));
