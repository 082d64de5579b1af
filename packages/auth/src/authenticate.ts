import { verifyClerkToken } from './clerk/verify-clerk-token';
import { readCookie } from './cookie-header';
import type { AuthEnv } from './env';
import { assertLocalAuthAllowed } from './env';
import type { AuthIdentityResult } from './identity';
import { readSessionCookie } from './local/session-cookie';
import { verifySessionToken } from './local/session-token';

/** Cookie the Clerk frontend SDK keeps the short-lived session token in. */
export const CLERK_SESSION_COOKIE_NAME = '__session';

export interface AuthenticateRequestInput {
  headers: Headers;
  env: AuthEnv;
  now?: Date;
}

function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Who is calling, according to the configured provider. Bad or missing tokens come back
 * as a reason; only a misconfiguration (e.g. local auth in production) throws.
 */
export async function authenticateRequest({
  headers,
  env,
  now,
}: AuthenticateRequestInput): Promise<AuthIdentityResult> {
  if (env.AUTH_PROVIDER === 'local') {
    assertLocalAuthAllowed(env);
    if (!env.AUTH_SECRET)
      throw new Error('AUTH_SECRET is missing; load the env with readAuthEnv().');
    // Cookie only: local auth is for browsers on the embedded default, integrators use API keys.
    const token = readSessionCookie(headers.get('cookie'));
    const result = await verifySessionToken(token, {
      secret: env.AUTH_SECRET,
      ...(now ? { now } : {}),
    });
    if (!result.ok) return result;
    return {
      ok: true,
      identity: { provider: 'local', subject: result.session.userId, session: result.session },
    };
  }

  // Same precedence as Clerk's own authenticateRequest: an explicit header beats the cookie.
  const token =
    bearerToken(headers) ?? readCookie(headers.get('cookie'), CLERK_SESSION_COOKIE_NAME);
  return verifyClerkToken(token, {
    ...(env.CLERK_JWT_KEY ? { jwtKey: env.CLERK_JWT_KEY } : {}),
    ...(env.CLERK_SECRET_KEY ? { secretKey: env.CLERK_SECRET_KEY } : {}),
    authorizedParties: env.CLERK_AUTHORIZED_PARTIES,
  });
}
