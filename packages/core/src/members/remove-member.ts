import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { type ActingMember, assertCanManage, assertOwnerRemains } from './member-rules.ts';

export async function removeMember({
  db,
  tenantId,
  actor,
  actingMember,
  memberId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  actingMember: ActingMember;
  memberId: string;
}) {
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "StoreMember" WHERE "tenantId" = ${tenantId} AND role = 'owner' FOR UPDATE`;
    const member = await tx.storeMember.findUnique({
      where: { id: memberId, tenantId },
      include: { user: { select: { email: true } } },
    });
    if (!member) throw notFound('Member');
    assertCanManage(actingMember, member);
    if (member.role === 'owner') {
      const owners = await tx.storeMember.count({ where: { tenantId, role: 'owner' } });
      assertOwnerRemains(owners - 1);
    }
    await tx.storeMember.delete({ where: { id: memberId, tenantId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'member.remove',
      targetType: 'StoreMember',
      targetId: memberId,
      before: { userId: member.userId, email: member.user.email, role: member.role },
    });
  });
  return { removed: memberId };
}
