import { createTRPCRouter } from '../../trpc.ts';
import { documentSettings, updateDocumentSettingsProcedure } from './document-settings.ts';
import { get } from './get.ts';
import { overview } from './overview.ts';
import { updateSettings } from './update-settings.ts';

export const storeRouter = createTRPCRouter({
  get,
  updateSettings,
  overview,
  documentSettings,
  updateDocumentSettings: updateDocumentSettingsProcedure,
});
