import { createAppEnv } from '@storeloom/client/next/app-env';

/** The only place this app reads process.env. */
export const env = createAppEnv({
  defaultPort: 3003,
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    PORT: process.env.PORT,
    // Spelled out in full so Next inlines it into the client bundle at build time.
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  },
});
