import { rejectReturn } from '@storeloom/core';
import { rejectReturnInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const reject = merchantProcedure
  .meta({ permission: 'returns:write' })
  .input(rejectReturnInputSchema)
  .mutation(({ ctx, input }) =>
    rejectReturn({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
