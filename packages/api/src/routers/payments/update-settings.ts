import { updatePaymentSettings } from '@storeloom/core';
import { updatePaymentSettingsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/**
 * Enabled methods, capture mode, manual instructions and the public parts of provider keys.
 * Answers only that it saved; the settings page reads `payments.settings.get` again.
 */
export const updateSettings = merchantProcedure
  .meta({ permission: 'payments:write' })
  .input(updatePaymentSettingsInputSchema)
  .mutation(async ({ ctx, input }) => {
    await updatePaymentSettings({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input });
    return { updated: true };
  });
