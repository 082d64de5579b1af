import { randomBytes } from 'node:crypto';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';

/** How long a confirmation link works; signing up again sends a fresh one. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A single-use confirmation token: `<issued at, base-36 milliseconds>.<32 random bytes>`. Only
 * its SHA-256 is stored (`confirmTokenHash`), so the database cannot mail anyone a link. The
 * issue time is readable, so expiry needs no column, and the hash covers it, so it cannot be
 * moved forward.
 */
export function issueConfirmToken(now: Date): { token: string; hash: string } {
  const token = `${now.getTime().toString(36)}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashOpaqueToken(token) };
}

/** When the token was issued, or null when it is not one of ours. */
export function confirmTokenIssuedAt(token: string): Date | null {
  const match = /^([0-9a-z]{1,12})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match?.[1]) return null;
  const issuedAt = new Date(Number.parseInt(match[1], 36));
  return Number.isNaN(issuedAt.getTime()) ? null : issuedAt;
}
