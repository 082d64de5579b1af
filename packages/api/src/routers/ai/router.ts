import { createTRPCRouter } from '../../trpc.ts';
import { getGeneration } from './get-generation.ts';
import { getSettings } from './get-settings.ts';
import { listGenerations } from './list-generations.ts';
import { requestGeneration } from './request-generation.ts';
import { updateSettings } from './update-settings.ts';
import { usage } from './usage.ts';

export const aiRouter = createTRPCRouter({
  settings: createTRPCRouter({ get: getSettings, update: updateSettings }),
  generations: createTRPCRouter({
    request: requestGeneration,
    get: getGeneration,
    list: listGenerations,
  }),
  usage,
});
