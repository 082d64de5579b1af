import type { StoreRole, TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import {
  type ActingMember,
  assertCanAssign,
  assertCanManage,
  assertOwnerRemains,
} from './member-rules.ts';

export async function updateMemberRole({
  db,
  tenantId,
  actor,
  actingMember,
  memberId,
  role,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  actingMember: ActingMember;
  memberId: string;
  role: StoreRole;
}) {
  return db.$transaction(async (tx) => {
    // Row lock: two owners demoting each other at once must not leave the store ownerless.
    await tx.$queryRaw`SELECT id FROM "StoreMember" WHERE "tenantId" = ${tenantId} AND role = 'owner' FOR UPDATE`;
    const member = await tx.storeMember.findUnique({ where: { id: memberId, tenantId } });
    if (!member) throw notFound('Member');
    assertCanManage(actingMember, member);
    assertCanAssign(actingMember, role);
    if (member.role === role) return member;
    if (member.role === 'owner') {
      const owners = await tx.storeMember.count({ where: { tenantId, role: 'owner' } });
      assertOwnerRemains(owners - 1);
    }
    const updated = await tx.storeMember.update({
      where: { id: memberId, tenantId },
      data: { role },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'member.role.update',
      targetType: 'StoreMember',
      targetId: memberId,
      before: { role: member.role },
      after: { role },
    });
    return updated;
  });
}
