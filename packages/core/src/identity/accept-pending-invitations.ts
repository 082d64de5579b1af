import type { UnscopedClient } from '@storeloom/db/unscoped';

import { recordAudit } from '../audit/record-audit.ts';

/**
 * Invitations are addressed to an email in any store; the first sign-in with that email turns
 * each open one into a membership. Crosses stores by nature.
 */
export async function acceptPendingInvitations({
  db,
  userId,
  email,
}: {
  db: UnscopedClient;
  userId: string;
  email: string;
}) {
  const now = new Date();
  const invitations = await db.storeInvitation.findMany({
    where: {
      email: email.toLowerCase(),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
    },
  });
  for (const invitation of invitations) {
    await db.$transaction(async (tx) => {
      await tx.storeMember.upsert({
        where: { tenantId_userId: { tenantId: invitation.tenantId, userId } },
        create: {
          tenantId: invitation.tenantId,
          userId,
          role: invitation.role,
          invitedById: invitation.invitedById,
        },
        update: {},
      });
      await tx.storeInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
      await recordAudit(tx, {
        tenantId: invitation.tenantId,
        actor: { type: 'user', id: userId },
        action: 'member.invitation.accept',
        targetType: 'StoreInvitation',
        targetId: invitation.id,
        after: { role: invitation.role },
      });
    });
  }
  return invitations.length;
}
