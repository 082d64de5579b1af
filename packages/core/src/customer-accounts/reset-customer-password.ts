import { hashPassword } from '@storeloom/auth';
import type { TenantClient } from '@storeloom/db';

import { recordAudit } from '../audit/record-audit.ts';
import { findUsableLinkToken, redeemCustomerLinkToken } from './customer-link-token.ts';
import { customerProfileSelect } from './customer-profile.ts';
import { openShopperSession, type ShopperSignIn } from './open-shopper-session.ts';
import type { RateLimiter } from './rate-limiter.ts';

/**
 * Sets a new password from an emailed reset link and signs the shopper in. The link works once;
 * every other session of the account ends (whoever knew the old password is out) and every
 * other emailed link stops working. Opening the link proves the email, so it counts as verified.
 */
export async function resetCustomerPassword({
  db,
  tenantId,
  token,
  password,
  ip,
  guestCartToken,
  rateLimit,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  password: string;
  ip: string | null;
  guestCartToken: string | null;
  rateLimit: RateLimiter;
  now?: Date;
}): Promise<ShopperSignIn> {
  // Hashing is deliberately slow; bounding attempts per address keeps it from being a lever.
  await rateLimit({
    key: `customer-password-reset:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 20,
    windowSeconds: 15 * 60,
  });
  await findUsableLinkToken(db, { token, kind: 'password_reset', now });
  const passwordHash = await hashPassword(password);

  return db.$transaction(async (tx) => {
    const { customerId } = await redeemCustomerLinkToken(tx, {
      token,
      kind: 'password_reset',
      now,
    });
    await tx.customer.updateMany({
      where: { id: customerId, emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
    const customer = await tx.customer.update({
      where: { id: customerId },
      data: { passwordHash },
      select: customerProfileSelect,
    });
    await tx.customerSession.deleteMany({ where: { customerId } });
    await tx.customerToken.deleteMany({
      where: { customerId, kind: { in: ['password_reset', 'magic_link'] }, usedAt: null },
    });
    await recordAudit(tx, {
      tenantId,
      actor: { type: 'customer', id: customerId, ip },
      action: 'customer.password_reset',
      targetType: 'Customer',
      targetId: customerId,
    });
    return openShopperSession(tx, { tenantId, customer, guestCartToken, now });
  });
}
