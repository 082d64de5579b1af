import { listAiGenerations } from '@storeloom/core';
import { listAiGenerationsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const listGenerations = merchantProcedure
  .meta({ permission: 'ai:use' })
  .input(listAiGenerationsInputSchema)
  .query(({ ctx, input }) => listAiGenerations({ db: ctx.db, ...input }));
