import { getAiSettings } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

/** The store's AI provider settings; the key only masked. */
export const getSettings = merchantProcedure
  .meta({ permission: 'ai:settings' })
  .query(({ ctx }) => getAiSettings({ db: ctx.db, tenantId: ctx.tenantId }));
