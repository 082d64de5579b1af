import { randomUUID } from 'node:crypto';

import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

import type { AuthFailure } from '../identity';
import type { AuthSession } from '../session';

export const SESSION_ISSUER = 'storeloom';
export const DEFAULT_SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface SessionUser {
  /** PlatformUser id. */
  id: string;
  email: string;
  name: string;
  isPlatformOperator: boolean;
}

export interface CreateSessionTokenInput {
  user: SessionUser;
  activeTenantId: string | null;
  /** Keep the id when re-issuing (store switch) so audit entries stay linked; new sign-ins omit it. */
  sessionId?: string;
}

export interface SessionTokenOptions {
  secret: string;
  now?: Date;
  ttlSeconds?: number;
}

export type SessionTokenFailureReason = 'missing' | 'malformed' | 'bad_signature' | 'expired';

export type SessionTokenResult =
  { ok: true; session: AuthSession } | AuthFailure<SessionTokenFailureReason>;

// jose already checked iss/exp; this pins the shape of our own claims.
const claimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  email: z.string(),
  name: z.string(),
  op: z.boolean(),
  tid: z.string().min(1).nullable(),
  iat: z.number().int(),
  exp: z.number().int(),
});

function signingKey(secret: string): Uint8Array {
  // A short HMAC key is brute-forceable offline from any one cookie; refuse it outright.
  if (secret.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters.');
  return new TextEncoder().encode(secret);
}

const toSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

export async function createSessionToken(
  input: CreateSessionTokenInput,
  options: SessionTokenOptions,
): Promise<{ token: string; session: AuthSession }> {
  const issuedAt = toSeconds(options.now ?? new Date());
  const expiresAt = issuedAt + (options.ttlSeconds ?? DEFAULT_SESSION_TTL_SECONDS);
  const sessionId = input.sessionId ?? randomUUID();

  const token = await new SignJWT({
    sid: sessionId,
    email: input.user.email,
    name: input.user.name,
    op: input.user.isPlatformOperator,
    tid: input.activeTenantId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.user.id)
    .setIssuer(SESSION_ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(signingKey(options.secret));

  const session: AuthSession = {
    userId: input.user.id,
    externalId: null,
    email: input.user.email,
    name: input.user.name,
    provider: 'local',
    isPlatformOperator: input.user.isPlatformOperator,
    activeTenantId: input.activeTenantId,
    sessionId,
    expiresAt: new Date(expiresAt * 1000),
  };
  return { token, session };
}

function failureReason(error: unknown): SessionTokenFailureReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  return 'malformed';
}

/** Verify a local session token. Any bad input becomes `{ ok: false, reason }`; it never throws for one. */
export async function verifySessionToken(
  token: string | null | undefined,
  options: Omit<SessionTokenOptions, 'ttlSeconds'>,
): Promise<SessionTokenResult> {
  if (!token) return { ok: false, reason: 'missing' };
  const key = signingKey(options.secret);

  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: SESSION_ISSUER,
      requiredClaims: ['sub', 'exp', 'iat'],
      ...(options.now ? { currentDate: options.now } : {}),
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'malformed' };

    const { sub, sid, email, name, op, tid, exp } = claims.data;
    return {
      ok: true,
      session: {
        userId: sub,
        externalId: null,
        email,
        name,
        provider: 'local',
        isPlatformOperator: op,
        activeTenantId: tid,
        sessionId: sid,
        expiresAt: new Date(exp * 1000),
      },
    };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}
