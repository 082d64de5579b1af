import type { TenantClient, TenantTransaction } from '@storeloom/db';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { notFound } from '../errors/domain-error.ts';
import { effectiveEstimateStatus } from './estimate-rules.ts';
import { estimateDeposit } from './estimate-deposit.ts';

/**
 * What the customer sees through the link: prices and totals, never costs, markup or profit.
 * Listing the fields (rather than omitting the secret ones) keeps a new cost column private.
 */
const publicSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  customerName: true,
  currency: true,
  validUntil: true,
  notes: true,
  terms: true,
  subtotal: true,
  discountTotal: true,
  taxTotal: true,
  total: true,
  depositBps: true,
  sentAt: true,
  acceptedAt: true,
  declinedAt: true,
  items: {
    orderBy: { position: 'asc' },
    select: {
      kind: true,
      name: true,
      description: true,
      quantity: true,
      unitPrice: true,
      total: true,
    },
  },
} as const;

/** The estimate behind a public link; unknown, replaced and withdrawn links are not found. */
export async function findEstimateByToken(tx: TenantTransaction, token: string) {
  const estimate = await tx.estimate.findFirst({
    where: { acceptTokenHash: hashOpaqueToken(token), status: { not: 'draft' } },
    select: { ...publicSelect, customerId: true },
  });
  if (!estimate) throw notFound('Estimate');
  return estimate;
}

export type PublicEstimateRow = Awaited<ReturnType<typeof findEstimateByToken>>;

export function toPublicEstimate(estimate: PublicEstimateRow, now: Date) {
  const { customerId: _private, ...visible } = estimate;
  return {
    ...visible,
    status: effectiveEstimateStatus(estimate, now),
    deposit: estimateDeposit(estimate),
    items: estimate.items.map((item) => ({ ...item, quantity: item.quantity.toNumber() })),
  };
}

/** The customer opens the link. */
export async function viewPublicEstimate({
  db,
  token,
  now = new Date(),
}: {
  db: TenantClient;
  token: string;
  now?: Date;
}) {
  return toPublicEstimate(await db.$transaction((tx) => findEstimateByToken(tx, token)), now);
}
