import { acceptEstimate } from '@storeloom/core';
import { estimateTokenInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

export const accept = storefrontProcedure
  .input(estimateTokenInputSchema)
  .mutation(({ ctx, input }) =>
    acceptEstimate({ db: ctx.db, tenantId: ctx.tenantId, token: input.token }),
  );
