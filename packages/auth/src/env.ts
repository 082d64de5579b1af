import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

import type { AuthProvider } from './session';
import { authProviderSchema } from './session';

/**
 * Used only outside production so `pnpm start` works with no configuration.
 * It is public (it is in the repository), so a token signed with it proves nothing.
 */
export const DEV_AUTH_SECRET = 'storeloom-dev-only-secret-not-for-production-use';

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

const booleanString = z
  .enum(['true', 'false'], { error: 'must be "true" or "false"' })
  .default('false')
  .transform((value) => value === 'true');

// Hosting dashboards often store a PEM on one line with literal "\n"; Clerk's PEM
// loader only strips real newlines, so turn the escapes back into newlines.
const pemPublicKey = z
  .string()
  .transform((value) => value.replaceAll('\\n', '\n').trim())
  .refine((value) => value.includes('-----BEGIN PUBLIC KEY-----'), {
    error: 'must be a PEM public key (-----BEGIN PUBLIC KEY----- ...)',
  });

const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

function parseRaw(source: Record<string, string | undefined>) {
  return createEnv({
    server: {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      AUTH_PROVIDER: authProviderSchema.optional(),
      AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
      AUTH_LOCAL_ENABLED: booleanString,
      CLERK_SECRET_KEY: z.string().optional(),
      CLERK_JWT_KEY: pemPublicKey.optional(),
      CLERK_AUTHORIZED_PARTIES: commaList,
    },
    clientPrefix: 'NEXT_PUBLIC_',
    client: {
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().optional(),
    },
    // A copy: env-core deletes empty strings from the object it is given.
    runtimeEnv: { ...source },
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues) => {
      const lines = issues.map(
        (issue) =>
          `  ${issue.path?.map((s) => String(typeof s === 'object' ? s.key : s)).join('.') ?? '?'}: ${issue.message}`,
      );
      throw new AuthConfigError(`Invalid auth environment variables:\n${lines.join('\n')}`);
    },
  });
}

export interface AuthEnv {
  NODE_ENV: 'development' | 'test' | 'production';
  AUTH_PROVIDER: AuthProvider;
  /** Always set when AUTH_PROVIDER is "local" (the dev secret outside production). */
  AUTH_SECRET: string | undefined;
  AUTH_LOCAL_ENABLED: boolean;
  CLERK_SECRET_KEY: string | undefined;
  CLERK_JWT_KEY: string | undefined;
  CLERK_AUTHORIZED_PARTIES: string[];
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: string | undefined;
}

/**
 * Local auth is for the embedded default and tests. Under NODE_ENV=production it only
 * runs when someone has opted in on purpose, so a missing Clerk config cannot silently
 * ship a password login backed by seeded demo accounts.
 */
export function assertLocalAuthAllowed(
  env: Pick<AuthEnv, 'NODE_ENV' | 'AUTH_LOCAL_ENABLED'>,
): void {
  if (env.NODE_ENV === 'production' && !env.AUTH_LOCAL_ENABLED) {
    throw new AuthConfigError(
      'Local auth is disabled in production. Configure Clerk (CLERK_SECRET_KEY, CLERK_JWT_KEY) ' +
        'or set AUTH_LOCAL_ENABLED="true" to run local auth in production deliberately.',
    );
  }
}

let warnedAboutDevSecret = false;

/** Parse and cross-check auth configuration from `source`; throws AuthConfigError on bad config. */
export function readAuthEnv(
  source: Record<string, string | undefined>,
  options: { warn?: (message: string) => void } = {},
): AuthEnv {
  const raw = parseRaw(source);
  const provider: AuthProvider = raw.AUTH_PROVIDER ?? (raw.CLERK_SECRET_KEY ? 'clerk' : 'local');
  let secret = raw.AUTH_SECRET;

  if (provider === 'local') {
    assertLocalAuthAllowed(raw);
    if (!secret) {
      if (raw.NODE_ENV === 'production') {
        throw new AuthConfigError(
          'AUTH_SECRET (at least 32 characters) is required for local auth in production.',
        );
      }
      secret = DEV_AUTH_SECRET;
      if (!warnedAboutDevSecret && raw.NODE_ENV === 'development') {
        warnedAboutDevSecret = true;
        (options.warn ?? console.warn)(
          '[auth] AUTH_SECRET is not set; using the public development secret.',
        );
      }
    }
  } else {
    if (!raw.CLERK_JWT_KEY && !raw.CLERK_SECRET_KEY) {
      throw new AuthConfigError(
        'AUTH_PROVIDER=clerk needs CLERK_JWT_KEY (networkless) or CLERK_SECRET_KEY.',
      );
    }
    // Without azp checks a session token minted for any origin on the Clerk instance is accepted.
    if (raw.NODE_ENV === 'production' && raw.CLERK_AUTHORIZED_PARTIES.length === 0) {
      throw new AuthConfigError(
        'CLERK_AUTHORIZED_PARTIES (comma-separated origins) is required in production.',
      );
    }
  }

  return {
    NODE_ENV: raw.NODE_ENV,
    AUTH_PROVIDER: provider,
    AUTH_SECRET: secret,
    AUTH_LOCAL_ENABLED: raw.AUTH_LOCAL_ENABLED,
    CLERK_SECRET_KEY: raw.CLERK_SECRET_KEY,
    CLERK_JWT_KEY: raw.CLERK_JWT_KEY,
    CLERK_AUTHORIZED_PARTIES: raw.CLERK_AUTHORIZED_PARTIES,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: raw.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  };
}

let cached: AuthEnv | undefined;

/** The process configuration, read on first use so importing this package never throws. */
export function getAuthEnv(): AuthEnv {
  cached ??= readAuthEnv(process.env);
  return cached;
}
