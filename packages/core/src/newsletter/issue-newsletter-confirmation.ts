import type { TenantClient } from '@storeloom/db';
import type { NewsletterSubscribeInput } from '@storeloom/validators';

import { isUniqueViolation } from '../checkout/unique-violation.ts';
import { issueConfirmToken } from './confirm-token.ts';

/** A pending address is sent at most one confirmation email in this long. */
export const CONFIRMATION_RESEND_AFTER_MS = 10 * 60 * 1000;

export interface IssuedConfirmation {
  subscriberId: string;
  /** The plain token for the email's link; only its hash is stored. */
  token: string;
}

interface ExistingSubscriber {
  status: 'pending' | 'subscribed' | 'unsubscribed' | 'bounced';
  updatedAt: Date;
}

/**
 * Whether a signup for a known address earns a new confirmation email. Subscribed addresses
 * need none and bounced ones cannot take one; a pending one gets it again once the last is
 * old enough; an unsubscribed one starts over (double opt-in again).
 */
function needsConfirmation({ status, updatedAt }: ExistingSubscriber, now: Date): boolean {
  if (status === 'pending')
    return now.getTime() - updatedAt.getTime() >= CONFIRMATION_RESEND_AFTER_MS;
  return status === 'unsubscribed';
}

/**
 * Records a signup and decides whether a confirmation goes out: a new address becomes pending
 * with a token; a known one follows `needsConfirmation`, and a resend replaces the token (the
 * newest link is the one that works). Null when nothing is to be sent. A pending row's
 * `updatedAt` is set here from `now`: it is when its last confirmation was issued.
 */
export async function issueNewsletterConfirmation(
  db: TenantClient,
  { tenantId, input, now }: { tenantId: string; input: NewsletterSubscribeInput; now: Date },
): Promise<IssuedConfirmation | null> {
  const { token, hash } = issueConfirmToken(now);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.newsletterSubscriber.findFirst({
        where: { email: input.email },
        select: { id: true, status: true, updatedAt: true },
      });
      if (!existing) {
        const created = await tx.newsletterSubscriber.create({
          data: {
            tenantId,
            email: input.email,
            source: input.source ?? null,
            confirmTokenHash: hash,
            updatedAt: now,
          },
          select: { id: true },
        });
        return { subscriberId: created.id, token };
      }
      if (!needsConfirmation(existing, now)) return null;
      // Conditional on what was read: of two signups racing for one address, one sends.
      const { count } = await tx.newsletterSubscriber.updateMany({
        where: { id: existing.id, status: existing.status, updatedAt: existing.updatedAt },
        data: {
          status: 'pending',
          confirmTokenHash: hash,
          ...(input.source ? { source: input.source } : {}),
          updatedAt: now,
        },
      });
      return count === 1 ? { subscriberId: existing.id, token } : null;
    });
  } catch (error) {
    // Two first signups for one address at once: the unique key lets one through, and it sends.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
