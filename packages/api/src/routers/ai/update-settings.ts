import { updateAiSettings } from '@storeloom/core';
import { updateAiSettingsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Sets the store's own provider; the API key is write-only and answered masked. */
export const updateSettings = merchantProcedure
  .meta({ permission: 'ai:settings' })
  .input(updateAiSettingsInputSchema)
  .mutation(({ ctx, input }) =>
    updateAiSettings({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
