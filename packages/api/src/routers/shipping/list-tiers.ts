import { listShippingTiers } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const listTiers = merchantProcedure
  .meta({ permission: 'shipping:read' })
  .query(({ ctx }) => listShippingTiers({ db: ctx.db }));
