import { approveExchange as approveAsExchange } from '@storeloom/core';
import { approveExchangeInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Approves a return as an exchange: a replacement order at no charge. */
export const approveExchange = merchantProcedure
  .meta({ permission: 'returns:write' })
  .input(approveExchangeInputSchema)
  .mutation(({ ctx, input }) =>
    approveAsExchange({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
