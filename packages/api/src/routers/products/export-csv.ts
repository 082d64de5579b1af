import { exportProductsCsv } from '@storeloom/core';
import { exportProductsCsvInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const exportCsv = merchantProcedure
  .meta({ permission: 'products:read' })
  .input(exportProductsCsvInputSchema)
  .query(({ ctx, input }) => exportProductsCsv({ db: ctx.db, selection: input.selection }));
