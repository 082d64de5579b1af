import type { TenantClient } from '@storeloom/db';

/** Members of the store with their people, plus invitations still waiting for a sign-in. */
export async function listMembers({ db }: { db: TenantClient }) {
  const [members, invitations] = await Promise.all([
    db.storeMember.findMany({
      orderBy: [{ createdAt: 'asc' }],
      select: {
        id: true,
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true, lastSignInAt: true } },
      },
    }),
    db.storeInvitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    }),
  ]);
  return { members, invitations };
}

export type MemberList = Awaited<ReturnType<typeof listMembers>>;
