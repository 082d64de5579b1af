import { hashPassword, needsRehash, verifyPassword } from '@storeloom/auth';
import type { TenantClient } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { customerProfileSelect } from './customer-profile.ts';
import { openShopperSession, type ShopperSignIn } from './open-shopper-session.ts';
import type { RateLimiter } from './rate-limiter.ts';

// Checking a real hash when the email is unknown (or has no password yet) keeps the response
// time the same, so sign-in does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

const invalidCredentials = () => new DomainError('UNAUTHORIZED', 'Email or password is incorrect');

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Signs a shopper in to this store with email and password, then merges the guest cart into
 * theirs. Attempts are limited per address and per email; unknown emails and wrong passwords
 * get the same answer.
 */
export async function signInCustomer({
  db,
  tenantId,
  email,
  password,
  ip,
  guestCartToken,
  rateLimit,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  email: string;
  password: string;
  ip: string | null;
  guestCartToken: string | null;
  rateLimit: RateLimiter;
  now?: Date;
}): Promise<ShopperSignIn> {
  const normalizedEmail = email.trim().toLowerCase();
  await rateLimit({
    key: `customer-sign-in:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 30,
    windowSeconds: FIFTEEN_MINUTES,
  });
  await rateLimit({
    key: `customer-sign-in:${tenantId}:email:${normalizedEmail}`,
    limit: 10,
    windowSeconds: FIFTEEN_MINUTES,
  });

  const account = await db.customer.findFirst({
    where: { email: normalizedEmail },
    select: { id: true, passwordHash: true },
  });
  if (!account?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-for-timing');
    await verifyPassword(password, await decoyHash);
    throw invalidCredentials();
  }
  if (!(await verifyPassword(password, account.passwordHash))) throw invalidCredentials();
  const rehash = needsRehash(account.passwordHash) ? await hashPassword(password) : null;

  return db.$transaction(async (tx) => {
    if (rehash) {
      await tx.customer.update({ where: { id: account.id }, data: { passwordHash: rehash } });
    }
    const customer = await tx.customer.findFirst({
      where: { id: account.id },
      select: customerProfileSelect,
    });
    if (!customer) throw invalidCredentials();
    return openShopperSession(tx, { tenantId, customer, guestCartToken, now });
  });
}
