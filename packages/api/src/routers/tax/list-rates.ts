import { listTaxRates } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const listRates = merchantProcedure
  .meta({ permission: 'settings:read' })
  .query(({ ctx }) => listTaxRates({ db: ctx.db }));
