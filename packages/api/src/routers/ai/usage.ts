import { aiUsageForPeriod } from '@storeloom/core';
import { aiUsageInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Tokens and cost of one UTC month, in total and per kind. */
export const usage = merchantProcedure
  .meta({ permission: 'ai:settings' })
  .input(aiUsageInputSchema)
  .query(({ ctx, input }) => aiUsageForPeriod({ db: ctx.db, ...input }));
