import type { TenantClient } from '@storeloom/db';

import { redeemCustomerLinkToken } from './customer-link-token.ts';
import { customerProfileSelect } from './customer-profile.ts';
import { openShopperSession, type ShopperSignIn } from './open-shopper-session.ts';
import type { RateLimiter } from './rate-limiter.ts';

/**
 * Signs a shopper in from an emailed sign-in link, once, and merges the guest cart into theirs.
 * Opening the link proves the email, so it counts as verified.
 */
export async function signInWithMagicLink({
  db,
  tenantId,
  token,
  ip,
  guestCartToken,
  rateLimit,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  ip: string | null;
  guestCartToken: string | null;
  rateLimit: RateLimiter;
  now?: Date;
}): Promise<ShopperSignIn> {
  await rateLimit({
    key: `customer-magic-link:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 30,
    windowSeconds: 15 * 60,
  });
  return db.$transaction(async (tx) => {
    const { customerId } = await redeemCustomerLinkToken(tx, { token, kind: 'magic_link', now });
    await tx.customer.updateMany({
      where: { id: customerId, emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
    const customer = await tx.customer.findFirstOrThrow({
      where: { id: customerId },
      select: customerProfileSelect,
    });
    return openShopperSession(tx, { tenantId, customer, guestCartToken, now });
  });
}
