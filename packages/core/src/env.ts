import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** `packages/core/src` → repository root, so the default data directory does not depend on the cwd. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const env = createEnv({
  server: {
    /** Stores are served on `{slug}.<root domain>`; custom domains come from the domains table. */
    STORELOOM_ROOT_DOMAIN: z.string().trim().toLowerCase().min(1).default('localhost'),
    /** Local state (embedded database, media files); the same default as @storeloom/db's. */
    STORELOOM_DATA_DIR: z.string().min(1).default(join(repoRoot, '.data')),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
