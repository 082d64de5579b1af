import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@storeloom/auth';
import type { UnscopedClient } from '@storeloom/db/unscoped';

/**
 * The demo accounts the sign-in page offers, only those the demo seed actually created: a
 * database without the demo seed lists none, so a real deployment never advertises them.
 */
export async function listDemoAccounts({ db }: { db: UnscopedClient }) {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const existing = await db.user.findMany({
    where: { email: { in: emails }, passwordHash: { not: null } },
    select: { email: true },
  });
  const present = new Set(existing.map((user) => user.email));
  const accounts = DEMO_ACCOUNTS.filter((account) => present.has(account.email)).map((account) => ({
    email: account.email,
    name: account.name,
    isPlatformOperator: account.isPlatformOperator,
    memberships: account.memberships,
  }));
  return { password: accounts.length > 0 ? DEMO_PASSWORD : null, accounts };
}
