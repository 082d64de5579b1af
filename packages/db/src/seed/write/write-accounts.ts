import type { DemoAccount } from '@storeloom/auth/demo-accounts';
import type { Tx } from './tx';

/**
 * Demo users (global) and their store memberships. Existing users keep their password and
 * name; missing memberships are added.
 */
export async function writeAccounts(
  tx: Tx,
  {
    accounts,
    passwordHash,
    tenantIdBySlug,
  }: {
    accounts: readonly DemoAccount[];
    passwordHash: string;
    tenantIdBySlug: ReadonlyMap<string, string>;
  },
): Promise<{ users: number; memberships: number }> {
  await tx.user.createMany({
    skipDuplicates: true,
    data: accounts.map((account) => ({
      email: account.email,
      name: account.name,
      passwordHash,
      isPlatformOperator: account.isPlatformOperator,
    })),
  });
  const users = await tx.user.findMany({
    where: { email: { in: accounts.map((account) => account.email) } },
    select: { id: true, email: true },
  });
  const userId = new Map(users.map((user) => [user.email, user.id]));
  const memberships = accounts.flatMap((account) =>
    account.memberships.flatMap((membership) => {
      const tenantId = tenantIdBySlug.get(membership.storeSlug);
      const id = userId.get(account.email);
      return tenantId && id ? [{ tenantId, userId: id, role: membership.role }] : [];
    }),
  );
  await tx.storeMember.createMany({ data: memberships, skipDuplicates: true });
  return { users: users.length, memberships: memberships.length };
}
