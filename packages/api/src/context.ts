import { randomUUID } from 'node:crypto';

import { type AuthEnv, getAuthEnv } from '@storeloom/auth';
import { type Database, getDatabase } from '@storeloom/db';

import { type RequestSession, resolveSession } from './session/resolve-session.ts';
import { parseCookies } from './session/shopper-cookies.ts';

export type AppName = 'storefront' | 'admin' | 'builder' | 'platform';

export interface CreateContextInnerOptions {
  database: Database;
  session: RequestSession | null;
  app: AppName;
  host: string | null;
  requestId?: string;
  /** Response headers, so procedures can set cookies (sign-in, store switch). */
  resHeaders?: Headers;
  /** Request cookies; storefront procedures read the shopper's session and cart tokens here. */
  cookies?: ReadonlyMap<string, string>;
  ip?: string | null;
  userAgent?: string | null;
  authEnv?: AuthEnv;
}

/**
 * Everything a procedure may use, without HTTP. Tests build it directly with their own database
 * and session; `createContext` builds it from a request.
 */
export function createContextInner(options: CreateContextInnerOptions) {
  const { authEnv } = options;
  return {
    database: options.database,
    session: options.session,
    app: options.app,
    host: options.host,
    requestId: options.requestId ?? randomUUID(),
    resHeaders: options.resHeaders ?? new Headers(),
    cookies: options.cookies ?? new Map<string, string>(),
    ip: options.ip ?? null,
    userAgent: options.userAgent ?? null,
    // Read on first use: storefront requests never need it, and in production a store must not go
    // down because merchant auth is misconfigured.
    authEnv: authEnv ? () => authEnv : getAuthEnv,
  };
}

export type Context = ReturnType<typeof createContextInner>;

function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip');
}

/** The HTTP entry: reads the host and the session from the request headers. */
export async function createContext({
  headers,
  resHeaders,
  app,
  database = getDatabase(),
  authEnv,
}: {
  headers: Headers;
  resHeaders?: Headers;
  app: AppName;
  database?: Database;
  authEnv?: AuthEnv;
}): Promise<Context> {
  // Merchant and operator sessions mean nothing on a storefront (shoppers have their own accounts),
  // so the storefront neither reads nor depends on them.
  const session =
    app === 'storefront'
      ? null
      : await resolveSession({ database, headers, authEnv: authEnv ?? getAuthEnv() });
  return createContextInner({
    database,
    session,
    app,
    host: headers.get('x-forwarded-host') ?? headers.get('host'),
    requestId: headers.get('x-request-id') ?? randomUUID(),
    resHeaders,
    cookies: parseCookies(headers.get('cookie')),
    ip: clientIp(headers),
    userAgent: headers.get('user-agent'),
    authEnv,
  });
}
