import { listTenants } from '@storeloom/core';
import { listTenantsInputSchema } from '@storeloom/validators';

import { platformProcedure } from '../../../trpc.ts';

export const list = platformProcedure
  .input(listTenantsInputSchema)
  .query(({ ctx, input }) => listTenants({ db: ctx.db, ...input }));
