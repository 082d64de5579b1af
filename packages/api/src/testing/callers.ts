import { randomUUID } from 'node:crypto';

import { readAuthEnv } from '@storeloom/auth';
import type { Database } from '@storeloom/db';

import { type AppName, createContextInner } from '../context.ts';
import { createCaller } from '../root.ts';
import type { RequestSession } from '../session/resolve-session.ts';

export const testAuthEnv = readAuthEnv({
  AUTH_PROVIDER: 'local',
  AUTH_SECRET: 'test-secret-that-is-at-least-32-characters-long',
  NODE_ENV: 'test',
});

export function sessionFor(
  user: { userId: string; email: string; isPlatformOperator?: boolean },
  activeTenantId: string | null,
): RequestSession {
  return {
    user: {
      id: user.userId,
      email: user.email,
      name: user.email,
      isPlatformOperator: user.isPlatformOperator ?? false,
    },
    provider: 'local',
    sessionId: randomUUID(),
    expiresAt: new Date(Date.now() + 3_600_000),
    activeTenantId,
  };
}

interface CallerOptions {
  session?: RequestSession | null;
  app?: AppName;
  host?: string | null;
  /** Request cookies (shopper session and cart tokens). */
  cookies?: Record<string, string>;
}

/** A server-side caller plus the response headers its procedures wrote (cookies). */
export function requestFor(
  database: Database,
  { session = null, app = 'admin', host = null, cookies = {} }: CallerOptions = {},
) {
  const resHeaders = new Headers();
  const ctx = createContextInner({
    database,
    session,
    app,
    host,
    resHeaders,
    cookies: new Map(Object.entries(cookies)),
    authEnv: testAuthEnv,
  });
  return { caller: createCaller(ctx), resHeaders };
}

/** A server-side caller with the context a real request would get. */
export function callerFor(database: Database, options: CallerOptions = {}) {
  return requestFor(database, options).caller;
}
