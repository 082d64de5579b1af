import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** Where this app reads and validates process.env (client components use client-env.ts). */
export const env = createEnv({
  shared: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  },
  server: {
    // Used to reach this app's own tRPC endpoint while rendering client components on the server.
    PORT: z.coerce.number().int().positive().default(3000),
  },
  clientPrefix: 'NEXT_PUBLIC_',
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    PORT: process.env.PORT,
  },
  emptyStringAsUndefined: true,
});
