import { readDocumentSettings, updateDocumentSettings } from '@storeloom/core';
import { documentSettingsSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** What the store's invoices, packing slips and estimates print besides the store's name. */
export const documentSettings = merchantProcedure
  .meta({ permission: 'store:read' })
  .query(({ ctx }) => readDocumentSettings(ctx.db));

/** Replaces the document details as a whole; audited with before and after. */
export const updateDocumentSettingsProcedure = merchantProcedure
  .meta({ permission: 'store:update' })
  .input(documentSettingsSchema)
  .mutation(({ ctx, input }) =>
    updateDocumentSettings({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      settings: input,
    }),
  );
