import { approveReturn } from '@storeloom/core';
import { approveReturnInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const approve = merchantProcedure
  .meta({ permission: 'returns:write' })
  .input(approveReturnInputSchema)
  .mutation(({ ctx, input }) =>
    approveReturn({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
