import { type AuthEnv, authenticateRequest } from '@storeloom/auth';
import { createUserDirectory } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/** The signed-in person for this request, re-read from the database on every request. */
export interface RequestSession {
  user: { id: string; email: string; name: string; isPlatformOperator: boolean };
  provider: 'local' | 'clerk';
  sessionId: string;
  expiresAt: Date;
  /** The store the person is working in (local: chosen in the session; Clerk: the active organization). */
  activeTenantId: string | null;
}

/**
 * Verifies the session token and loads its account. Tokens are stateless, so a deleted account
 * or a revoked membership takes effect on the next request rather than at token expiry.
 */
export async function resolveSession({
  database,
  headers,
  authEnv,
}: {
  database: Database;
  headers: Headers;
  authEnv: AuthEnv;
}): Promise<RequestSession | null> {
  const result = await authenticateRequest({ headers, env: authEnv });
  if (!result.ok) return null;
  const db = unscoped(database);
  const users = createUserDirectory(db);
  const { identity } = result;

  if (identity.provider === 'local') {
    const user = await users.findById(identity.subject);
    if (!user) return null;
    return {
      user,
      provider: 'local',
      sessionId: identity.session.sessionId,
      expiresAt: identity.session.expiresAt,
      activeTenantId: identity.session.activeTenantId,
    };
  }

  const user = await users.findByClerkId(identity.subject);
  if (!user) return null;
  const tenant = identity.orgId
    ? await db.tenant.findUnique({
        where: { clerkOrganizationId: identity.orgId },
        select: { id: true },
      })
    : null;
  return {
    user,
    provider: 'clerk',
    sessionId: identity.sessionId,
    expiresAt: identity.expiresAt,
    activeTenantId: tenant?.id ?? null,
  };
}
