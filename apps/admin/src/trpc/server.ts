import 'server-only';

import { createServerHelpers } from '@storeloom/client/next';
import { createHydrateClient } from '@storeloom/client/next/hydrate-client';

export const { api, trpc, prefetch, getQueryClient } = createServerHelpers({ app: 'admin' });

export const HydrateClient = createHydrateClient(getQueryClient);
