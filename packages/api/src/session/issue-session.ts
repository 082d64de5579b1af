import { createSessionToken, serializeSessionCookie, type SessionUser } from '@storeloom/auth';

import type { Context } from '../context.ts';

/** Signs a local session and sets it as the httpOnly cookie on the response. */
export async function issueSession(
  ctx: Pick<Context, 'authEnv' | 'resHeaders' | 'host'>,
  input: { user: SessionUser; activeTenantId: string | null; sessionId?: string },
) {
  const secret = ctx.authEnv().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not configured');
  const { token, session } = await createSessionToken(input, { secret });
  ctx.resHeaders.append('set-cookie', serializeSessionCookie(token, ctx.host));
  return session;
}
