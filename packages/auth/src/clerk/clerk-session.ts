import type { ClerkIdentity } from '../identity';
import type { AuthSession } from '../session';

/** The PlatformUser the api found for a Clerk subject (by its `externalId`). */
export interface ResolvedPlatformUser {
  id: string;
  email: string;
  name: string;
  isPlatformOperator: boolean;
}

/**
 * Build the shared session once the api has mapped the Clerk user and organization to ours.
 * Operator status and the active store come from our database, never from Clerk claims.
 */
export function toClerkSession(
  identity: ClerkIdentity,
  user: ResolvedPlatformUser,
  activeTenantId: string | null,
): AuthSession {
  return {
    userId: user.id,
    externalId: identity.subject,
    email: user.email,
    name: user.name,
    provider: 'clerk',
    isPlatformOperator: user.isPlatformOperator,
    activeTenantId,
    sessionId: identity.sessionId,
    expiresAt: identity.expiresAt,
  };
}
