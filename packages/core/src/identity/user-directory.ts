import type { UnscopedClient } from '@storeloom/db/unscoped';

/**
 * Accounts (merchants, staff, operators) are global: one person may belong to several stores.
 * Looking them up crosses stores, so it lives here rather than in the tenant-scoped functions.
 */
export function createUserDirectory(db: UnscopedClient) {
  return {
    async findIdByEmail(email: string): Promise<string | null> {
      const user = await db.user.findUnique({
        where: { email: email.toLowerCase() },
        select: { id: true },
      });
      return user?.id ?? null;
    },

    async findById(userId: string) {
      return db.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, name: true, isPlatformOperator: true },
      });
    },

    async findByClerkId(clerkUserId: string) {
      return db.user.findUnique({
        where: { clerkUserId },
        select: { id: true, email: true, name: true, isPlatformOperator: true },
      });
    },

    /** The stores a person belongs to, for the store switcher and the active-store choice. */
    async listMemberships(userId: string) {
      const memberships = await db.storeMember.findMany({
        where: { userId },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          role: true,
          tenant: { select: { id: true, slug: true, name: true, status: true } },
        },
      });
      return memberships.map((m) => ({ memberId: m.id, role: m.role, store: m.tenant }));
    },
  };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
