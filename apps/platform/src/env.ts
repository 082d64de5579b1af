import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** The only place this app reads process.env. */
export const env = createEnv({
  shared: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  },
  server: {
    // Used to reach this app's own tRPC endpoint while rendering client components on the server.
    PORT: z.coerce.number().int().positive().default(3003),
  },
  clientPrefix: 'NEXT_PUBLIC_',
  client: {
    // Set: Clerk signs people in. Unset: local auth, and no Clerk code is loaded at all.
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().startsWith('pk_').optional(),
  },
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    PORT: process.env.PORT,
    // Spelled out in full so Next inlines it into the client bundle at build time.
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  },
  emptyStringAsUndefined: true,
});
