import { hashPassword } from '@storeloom/auth';
import type { TenantClient } from '@storeloom/db';
import type { CustomerSignUpInput } from '@storeloom/validators';

import { conflict } from '../errors/domain-error.ts';
import { isUniqueViolation } from '../checkout/unique-violation.ts';
import { customerProfileSelect } from './customer-profile.ts';
import { openShopperSession, type ShopperSignIn } from './open-shopper-session.ts';
import type { RateLimiter } from './rate-limiter.ts';

const alreadyRegistered = () =>
  conflict('An account with this email already exists. Sign in instead.');

/**
 * Creates a shopper account in this store and signs it in. A customer row left by an earlier
 * guest checkout (no password yet) is claimed; its earlier orders appear once the email is
 * verified (see own-orders-where.ts). An account
 * that already has a password is a CONFLICT. The same email in another store is another customer.
 */
export async function signUpCustomer({
  db,
  tenantId,
  input,
  ip,
  guestCartToken,
  rateLimit,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  input: CustomerSignUpInput;
  ip: string | null;
  guestCartToken: string | null;
  rateLimit: RateLimiter;
  now?: Date;
}): Promise<ShopperSignIn> {
  // Hashing is deliberately slow; bounding sign-ups per address keeps it from being a lever.
  await rateLimit({
    key: `customer-sign-up:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 20,
    windowSeconds: 60 * 60,
  });
  const passwordHash = await hashPassword(input.password);
  const profile = {
    firstName: input.firstName || null,
    lastName: input.lastName || null,
    acceptsMarketing: input.acceptsMarketing ?? false,
  };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.customer.findFirst({
        where: { email: input.email },
        select: { id: true, passwordHash: true, firstName: true, lastName: true },
      });
      if (existing?.passwordHash) throw alreadyRegistered();
      const customer = existing
        ? await tx.customer.update({
            where: { id: existing.id },
            data: {
              passwordHash,
              registeredAt: now,
              firstName: profile.firstName ?? existing.firstName,
              lastName: profile.lastName ?? existing.lastName,
              acceptsMarketing: profile.acceptsMarketing,
            },
            select: customerProfileSelect,
          })
        : await tx.customer.create({
            data: { tenantId, email: input.email, passwordHash, registeredAt: now, ...profile },
            select: customerProfileSelect,
          });
      return openShopperSession(tx, { tenantId, customer, guestCartToken, now });
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique key lets only one through.
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
}
