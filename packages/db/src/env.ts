import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** `packages/db/src` → repository root; used for defaults that must not depend on the cwd. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where `prisma migrate` and our runner both look for migrations. */
export const defaultMigrationsDir = join(repoRoot, 'prisma', 'migrations');

export const defaultPgPort = 54329;

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}

const postgresUrl = z
  .string()
  .refine(isPostgresUrl, 'must be a postgresql://user:password@host:port/database URL');

export const env = createEnv({
  server: {
    /** Runtime connection, as the NON-superuser application role so RLS policies hold. */
    DATABASE_URL: postgresUrl.optional(),
    /** Owner role for migrations; falls back to DATABASE_URL (see `migrationUrl`). */
    DATABASE_MIGRATION_URL: postgresUrl.optional(),
    STORELOOM_DATA_DIR: z.string().min(1).default(join(repoRoot, '.data')),
    STORELOOM_PG_PORT: z.coerce.number().int().min(1).max(65535).default(defaultPgPort),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  // One readable line instead of t3's default console dump + generic error, so a typo in
  // DATABASE_URL surfaces as exactly what is wrong at startup.
  onValidationError: (issues) => {
    const detail = issues
      .map((issue) => {
        const key = issue.path?.[0];
        const name = typeof key === 'object' ? String(key.key) : String(key ?? 'env');
        return `${name}: ${issue.message}`;
      })
      .join('; ');
    throw new Error(`Invalid database environment: ${detail}`);
  },
});

/** The URL migrations run with: the owner role if configured, else the runtime URL. */
export const migrationUrl: string | undefined = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
