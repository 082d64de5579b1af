import { listReturns } from '@storeloom/core';
import { listReturnsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The returns queue, newest request first. */
export const list = merchantProcedure
  .meta({ permission: 'returns:read' })
  .input(listReturnsInputSchema)
  .query(({ ctx, input }) => listReturns({ db: ctx.db, ...input }));
