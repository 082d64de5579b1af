import type { AuthSession } from './session';

/** Why a request carries no usable identity. Bad tokens are an answer, never an exception. */
export type AuthFailureReason =
  | 'missing'
  | 'malformed'
  | 'bad_signature'
  | 'expired'
  /** Signed correctly but a required claim is absent or not yet valid (sub, sid, nbf, iat). */
  | 'invalid_claims'
  /** Clerk token minted for an origin outside CLERK_AUTHORIZED_PARTIES. */
  | 'unauthorized_party'
  /** The verification key could not be loaded (bad PEM, JWKS fetch failed). */
  | 'key_unavailable';

/** Our own signed session: it already names the PlatformUser, so it is a full session. */
export interface LocalIdentity {
  provider: 'local';
  subject: string;
  session: AuthSession;
}

/**
 * What a verified Clerk token proves. `subject` is the Clerk user id and `orgId` the Clerk
 * organization (= store); the api maps both to our ids and checks the membership.
 */
export interface ClerkIdentity {
  provider: 'clerk';
  subject: string;
  sessionId: string;
  /** Only present when the Clerk session token template adds an `email` claim. */
  email: string | null;
  orgId: string | null;
  orgSlug: string | null;
  /** Clerk role key without the `org:` prefix, e.g. "admin". A hint: memberships are authoritative. */
  orgRole: string | null;
  expiresAt: Date;
}

export type AuthIdentity = LocalIdentity | ClerkIdentity;

export interface AuthFailure<R extends AuthFailureReason = AuthFailureReason> {
  ok: false;
  reason: R;
}

export type AuthIdentityResult = { ok: true; identity: AuthIdentity } | AuthFailure;
