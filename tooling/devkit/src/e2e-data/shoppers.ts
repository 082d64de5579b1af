import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '@storeloom/auth';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

export interface Shopper {
  customerId: string;
  email: string;
  password: string;
  firstName: string;
}

/**
 * A registered shopper of a seeded store with a unique email, as signing up would leave it, for
 * specs that need an account without spending the store's sign-up rate limit on it. `email`
 * gives one of another store's shoppers an account here too (accounts are per store).
 */
export async function createShopper(
  db: UnscopedClient,
  options: { storeSlug: string; firstName: string; password: string; email?: string },
): Promise<Shopper> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const email = options.email ?? `shopper-${randomBytes(5).toString('hex')}@example.com`;
  const customer = await db.customer.create({
    data: {
      tenantId,
      email,
      firstName: options.firstName,
      lastName: 'Tester',
      passwordHash: await hashPassword(options.password),
      registeredAt: new Date(),
    },
    select: { id: true },
  });
  return {
    customerId: customer.id,
    email,
    password: options.password,
    firstName: options.firstName,
  };
}

/**
 * A session for the shopper, as signing in would open it: returns the raw token for the
 * `storeloom_customer` cookie (the store keeps only its SHA-256, like core does).
 */
export async function openShopperSession(
  db: UnscopedClient,
  options: { storeSlug: string; customerId: string },
): Promise<string> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const token = randomBytes(32).toString('base64url');
  await db.customerSession.create({
    data: {
      tenantId,
      customerId: options.customerId,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
  });
  return token;
}
