import 'server-only';

import { createHydrateClient } from '@storeloom/client/next/hydrate-client';

import { getQueryClient } from './server';

/** For the pages whose client components read prefetched queries: cart, addresses, order detail. */
export const HydrateClient = createHydrateClient(getQueryClient);
