import 'server-only';

import { createServerHelpers } from '@storeloom/client/next';

export const { api, trpc, prefetch, HydrateClient, getQueryClient } = createServerHelpers({
  app: 'platform',
});
