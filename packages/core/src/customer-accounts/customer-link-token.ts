import type { CustomerTokenKind, TenantClient, TenantTransaction } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { hashOpaqueToken, newOpaqueToken } from './customer-session-token.ts';

/** How long an emailed link works: long enough to find the email, short enough to be useless later. */
export const CUSTOMER_LINK_MINUTES = {
  password_reset: 60,
  magic_link: 15,
} as const satisfies Partial<Record<CustomerTokenKind, number>>;

export type CustomerLinkKind = keyof typeof CUSTOMER_LINK_MINUTES;

/**
 * Creates the one-time token of an emailed link and returns it raw (for the email); only its
 * SHA-256 is stored. Asking again replaces the earlier unused links of that kind, so only the
 * newest email works.
 */
export async function issueCustomerLinkToken(
  tx: TenantTransaction,
  {
    tenantId,
    customerId,
    kind,
    now,
  }: { tenantId: string; customerId: string; kind: CustomerLinkKind; now: Date },
): Promise<{ tokenId: string; token: string; expiresAt: Date }> {
  await tx.customerToken.deleteMany({ where: { customerId, kind, usedAt: null } });
  const token = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + CUSTOMER_LINK_MINUTES[kind] * 60_000);
  const created = await tx.customerToken.create({
    data: { tenantId, customerId, kind, tokenHash: hashOpaqueToken(token), expiresAt },
    select: { id: true },
  });
  return { tokenId: created.id, token, expiresAt };
}

// Knowing why a link fails helps the person holding it (who has the token anyway) and tells
// nobody else anything: a token of another store or kind is simply unknown.
const unknownLink = () =>
  new DomainError('UNAUTHORIZED', 'This link is not valid. Ask for a new one.');
const usedLink = () =>
  new DomainError('UNAUTHORIZED', 'This link was already used. Ask for a new one.');
const expiredLink = () =>
  new DomainError('UNAUTHORIZED', 'This link has expired. Ask for a new one.');

interface LinkTokenRow {
  customerId: string;
  usedAt: Date | null;
  expiresAt: Date;
}

const linkTokenRowSelect = { customerId: true, usedAt: true, expiresAt: true } as const;

function usableOrThrow(found: LinkTokenRow | null, now: Date): { customerId: string } {
  if (!found) throw unknownLink();
  if (found.usedAt) throw usedLink();
  if (found.expiresAt <= now) throw expiredLink();
  return { customerId: found.customerId };
}

/**
 * Checks a link's token without using it up, so slow work (hashing a new password) happens only
 * for links that can still succeed. Returns the customer it belongs to.
 */
export async function findUsableLinkToken(
  db: TenantClient,
  { token, kind, now }: { token: string; kind: CustomerLinkKind; now: Date },
): Promise<{ customerId: string }> {
  const found = await db.customerToken.findFirst({
    where: { tokenHash: hashOpaqueToken(token), kind },
    select: linkTokenRowSelect,
  });
  return usableOrThrow(found, now);
}

/**
 * Uses a link's token up. The conditional update is the single point of truth: of two requests
 * racing with one link, exactly one gets the customer; the other is told the link was used.
 */
export async function redeemCustomerLinkToken(
  tx: TenantTransaction,
  { token, kind, now }: { token: string; kind: CustomerLinkKind; now: Date },
): Promise<{ customerId: string }> {
  const tokenHash = hashOpaqueToken(token);
  const [redeemed] = await tx.customerToken.updateManyAndReturn({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { customerId: true },
  });
  if (redeemed) return redeemed;
  // Nothing redeemed: say why, from the row as it is now.
  const found = await tx.customerToken.findFirst({
    where: { tokenHash, kind },
    select: linkTokenRowSelect,
  });
  usableOrThrow(found, now);
  throw usedLink();
}
