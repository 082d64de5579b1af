import { declineEstimate } from '@storeloom/core';
import { estimateTokenInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

export const decline = storefrontProcedure
  .input(estimateTokenInputSchema)
  .mutation(({ ctx, input }) =>
    declineEstimate({ db: ctx.db, tenantId: ctx.tenantId, token: input.token }),
  );
