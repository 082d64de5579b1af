import { listCustomers } from '@storeloom/core';
import { listCustomersInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'customers:read' })
  .input(listCustomersInputSchema)
  .query(({ ctx, input }) => listCustomers({ db: ctx.db, tenantId: ctx.tenantId, ...input }));
