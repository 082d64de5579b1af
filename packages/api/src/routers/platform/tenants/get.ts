import { getTenant } from '@storeloom/core';
import { tenantIdInputSchema } from '@storeloom/validators';

import { platformProcedure } from '../../../trpc.ts';

export const get = platformProcedure
  .input(tenantIdInputSchema)
  .query(({ ctx, input }) => getTenant({ db: ctx.db, tenantId: input.tenantId }));
