import { listInventoryLedger } from '@storeloom/core';
import { listInventoryLedgerInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const listLedger = merchantProcedure
  .meta({ permission: 'inventory:read' })
  .input(listInventoryLedgerInputSchema)
  .query(({ ctx, input }) => listInventoryLedger({ db: ctx.db, ...input }));
