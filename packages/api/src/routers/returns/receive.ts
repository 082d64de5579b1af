import { receiveReturn } from '@storeloom/core';
import { receiveReturnInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The parcel came back: count the units returned and restock them (or not, per line). */
export const receive = merchantProcedure
  .meta({ permission: 'returns:write' })
  .input(receiveReturnInputSchema)
  .mutation(({ ctx, input }) =>
    receiveReturn({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
