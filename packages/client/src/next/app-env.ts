import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

export interface CreateAppEnvOptions {
  /** This app's port in development; each signed-in app has its own. */
  defaultPort: number;
  /**
   * Passed in rather than read here: Next only inlines `process.env.NEXT_PUBLIC_…` into the
   * client bundle where the app spells it out in full.
   */
  runtimeEnv: Record<'NODE_ENV' | 'PORT' | 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', string | undefined>;
}

/** The environment of a signed-in app (admin, builder, platform). */
export function createAppEnv({ defaultPort, runtimeEnv }: CreateAppEnvOptions) {
  return createEnv({
    shared: {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    },
    server: {
      // Used to reach this app's own tRPC endpoint while rendering client components on the server.
      PORT: z.coerce.number().int().positive().default(defaultPort),
    },
    clientPrefix: 'NEXT_PUBLIC_',
    client: {
      // Set: Clerk signs people in. Unset: local auth, and no Clerk code is loaded at all.
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().startsWith('pk_').optional(),
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
  });
}
