import { importProductsCsv } from '@storeloom/core';
import { importProductsCsvInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const importCsv = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(importProductsCsvInputSchema)
  .mutation(({ ctx, input }) =>
    importProductsCsv({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
