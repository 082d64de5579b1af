import { verifyToken } from '@clerk/backend';
import { TokenVerificationError, TokenVerificationErrorReason } from '@clerk/backend/errors';
import { z } from 'zod';

import type { AuthFailure, AuthFailureReason, ClerkIdentity } from '../identity';

export interface ClerkVerifyOptions {
  /** PEM public key from the Clerk dashboard: verification without any network call. */
  jwtKey?: string;
  /** Fallback when no jwtKey is configured: Clerk fetches its JWKS over the network. */
  secretKey?: string;
  /** Allowed `azp` origins; an empty list skips the check. */
  authorizedParties: readonly string[];
}

export type ClerkIdentityResult = { ok: true; identity: ClerkIdentity } | AuthFailure;

// Clerk session tokens carry the active organization either as v1 flat claims
// (org_id, org_slug, org_role = "org:admin") or as the v2 `o` object (o.rol = "admin").
const claimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  exp: z.number(),
  email: z.string().optional(),
  org_id: z.string().optional(),
  org_slug: z.string().optional(),
  org_role: z.string().optional(),
  o: z
    .object({ id: z.string(), slg: z.string().optional(), rol: z.string().optional() })
    .optional(),
});

const REASONS: Partial<Record<string, AuthFailureReason>> = {
  [TokenVerificationErrorReason.TokenExpired]: 'expired',
  [TokenVerificationErrorReason.TokenInvalidSignature]: 'bad_signature',
  [TokenVerificationErrorReason.TokenInvalid]: 'malformed',
  [TokenVerificationErrorReason.TokenInvalidAlgorithm]: 'malformed',
  [TokenVerificationErrorReason.TokenInvalidAuthorizedParties]: 'unauthorized_party',
  [TokenVerificationErrorReason.TokenInvalidIssuer]: 'invalid_claims',
  [TokenVerificationErrorReason.TokenNotActiveYet]: 'invalid_claims',
  [TokenVerificationErrorReason.TokenIatInTheFuture]: 'invalid_claims',
  // Clerk uses this one for a missing sub/exp claim (checked after the signature).
  [TokenVerificationErrorReason.TokenVerificationFailed]: 'invalid_claims',
};

function failureReason(error: unknown): AuthFailureReason {
  if (!(error instanceof TokenVerificationError)) return 'malformed';
  // The rest (jwk-*, secret-key-invalid) mean we could not obtain a key to check with.
  return REASONS[error.reason] ?? 'key_unavailable';
}

const stripOrgPrefix = (role: string): string => role.replace(/^org:/, '');

/** Verify a Clerk session token. Bad tokens come back as `{ ok: false, reason }`, never as exceptions. */
export async function verifyClerkToken(
  token: string | null | undefined,
  options: ClerkVerifyOptions,
): Promise<ClerkIdentityResult> {
  if (!token) return { ok: false, reason: 'missing' };
  if (!options.jwtKey && !options.secretKey) {
    // A configuration bug, not a bad token: fail loudly. env.ts rejects this at startup.
    throw new Error('verifyClerkToken needs jwtKey or secretKey.');
  }

  let payload: unknown;
  try {
    payload = await verifyToken(token, {
      ...(options.jwtKey ? { jwtKey: options.jwtKey } : { secretKey: options.secretKey }),
      authorizedParties: [...options.authorizedParties],
    });
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }

  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) return { ok: false, reason: 'invalid_claims' };
  const { sub, sid, exp, email, org_id, org_slug, org_role, o } = claims.data;

  const role = org_role ?? o?.rol;
  return {
    ok: true,
    identity: {
      provider: 'clerk',
      subject: sub,
      sessionId: sid,
      email: email ?? null,
      orgId: org_id ?? o?.id ?? null,
      orgSlug: org_slug ?? o?.slg ?? null,
      orgRole: role ? stripOrgPrefix(role) : null,
      expiresAt: new Date(exp * 1000),
    },
  };
}
