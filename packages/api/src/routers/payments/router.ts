import { createTRPCRouter } from '../../trpc.ts';
import { getSettings } from './get-settings.ts';
import { removeCredential } from './remove-credential.ts';
import { saveCredential } from './save-credential.ts';
import { updateSettings } from './update-settings.ts';

export const paymentsRouter = createTRPCRouter({
  settings: createTRPCRouter({ get: getSettings, update: updateSettings }),
  credentials: createTRPCRouter({ save: saveCredential, remove: removeCredential }),
});
