import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { sendStoreEmail } from '../email/send-store-email.ts';
import {
  CUSTOMER_LINK_MINUTES,
  type CustomerLinkKind,
  issueCustomerLinkToken,
} from './customer-link-token.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Where each link lands on the storefront; the page there asks before using the token. */
export const CUSTOMER_LINK_PATHS = {
  password_reset: '/account/reset-password',
  magic_link: '/account/magic-link',
} as const satisfies Record<CustomerLinkKind, string>;

const FIFTEEN_MINUTES = 15 * 60;

export interface EmailCustomerLinkInput {
  db: TenantClient;
  tenantId: string;
  kind: CustomerLinkKind;
  email: string;
  /** The origin the shopper asked from (`https://shop.example.com`): the link must lead back there. */
  storeOrigin: string;
  ip: string | null;
  rateLimit: RateLimiter;
  transport?: EmailTransport;
  now?: Date;
}

/**
 * Emails a registered shopper a one-time link (password reset or sign-in). The caller always
 * answers the same, whether the email has an account, has none, or the store turned the email
 * off, so the form cannot be used to learn who shops here. The limits count every request,
 * known email or not, for the same reason.
 */
export async function emailCustomerLink({
  db,
  tenantId,
  kind,
  email,
  storeOrigin,
  ip,
  rateLimit,
  transport,
  now = new Date(),
}: EmailCustomerLinkInput): Promise<void> {
  const normalizedEmail = email.trim().toLowerCase();
  await rateLimit({
    key: `customer-link:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 20,
    windowSeconds: FIFTEEN_MINUTES,
  });
  // Per address, so nobody can flood one inbox with the store's emails.
  await rateLimit({
    key: `customer-link:${tenantId}:email:${normalizedEmail}`,
    limit: 5,
    windowSeconds: 60 * 60,
  });

  // Guest rows (no password) are not accounts: they can sign up, which claims them.
  const customer = await db.customer.findFirst({
    where: { email: normalizedEmail, passwordHash: { not: null } },
    select: { id: true, email: true, firstName: true },
  });
  if (!customer) return;

  const { tokenId, token } = await db.$transaction((tx) =>
    issueCustomerLinkToken(tx, { tenantId, customerId: customer.id, kind, now }),
  );
  const url = `${storeOrigin}${CUSTOMER_LINK_PATHS[kind]}?token=${encodeURIComponent(token)}`;
  const common = {
    db,
    tenantId,
    transport,
    to: customer.email,
    // One email per link; a failed delivery stays in the outbox as failed for the merchant to see.
    idempotencyKey: `${kind}:${tokenId}`,
  };
  const expiresInMinutes = CUSTOMER_LINK_MINUTES[kind];
  const customerName = customer.firstName ?? undefined;
  if (kind === 'password_reset') {
    await sendStoreEmail({
      ...common,
      templateKey: 'customer_password_reset',
      data: { customerName, resetUrl: url, expiresInMinutes },
    });
  } else {
    await sendStoreEmail({
      ...common,
      templateKey: 'customer_magic_link',
      data: { customerName, signInUrl: url, expiresInMinutes },
    });
  }
}
