import { getReturn } from '@storeloom/core';
import { returnIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'returns:read' })
  .input(returnIdInputSchema)
  .query(({ ctx, input }) => getReturn({ db: ctx.db, returnId: input.returnId }));
