import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** Suffix of store subdomains: `{slug}.<root domain>`. */
    STORELOOM_ROOT_DOMAIN: z.string().trim().toLowerCase().min(1).default('localhost'),
    /** `off` makes every storefront catalog read and host lookup go to the database. */
    STORELOOM_STOREFRONT_CACHE: z.enum(['on', 'off']).default('on'),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
