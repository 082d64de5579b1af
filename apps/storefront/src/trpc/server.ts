import 'server-only';

import { createServerHelpers } from '@storeloom/client/next';

// No HydrateClient here: the store layout imports this module, and the hydration boundary is a
// client component that catalogue pages would then download for nothing (see ./hydrate-client.tsx).
export const { api, trpc, prefetch, getQueryClient } = createServerHelpers({ app: 'storefront' });
