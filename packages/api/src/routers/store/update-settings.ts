import { updateStoreSettings } from '@storeloom/core';
import { storeSettingsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Audited: before and after land in the audit log with the request id. */
export const updateSettings = merchantProcedure
  .meta({ permission: 'store:update' })
  .input(storeSettingsInputSchema)
  .mutation(({ ctx, input }) =>
    updateStoreSettings({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
