import { bulkChangePrices as changePricesInBulk } from '@storeloom/core';
import { bulkChangePricesInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const bulkChangePrices = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(bulkChangePricesInputSchema)
  .mutation(({ ctx, input }) =>
    changePricesInBulk({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
