import { getPaymentSettings } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

/** Every payment provider with its state and credentials; secrets only as masks. */
export const getSettings = merchantProcedure
  .meta({ permission: 'payments:read' })
  .query(({ ctx }) => getPaymentSettings({ db: ctx.db, tenantId: ctx.tenantId }));
