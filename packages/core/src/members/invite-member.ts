import { createHash, randomBytes } from 'node:crypto';

import type { StoreRole, TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import type { UserDirectory } from '../identity/user-directory.ts';
import { type ActingMember, assertCanAssign } from './member-rules.ts';

const invitationTtlMs = 7 * 24 * 60 * 60 * 1000;

export type InviteResult =
  | { kind: 'added'; memberId: string; email: string; role: StoreRole }
  | { kind: 'invited'; invitationId: string; email: string; role: StoreRole; expiresAt: Date };

/**
 * Someone who already has a Storeloom account joins at once; anyone else gets an invitation that
 * turns into a membership when they first sign in with that email, and is emailed it
 * (`member.invited` → the send-staff-invitation workflow).
 */
export async function inviteMember({
  db,
  users,
  tenantId,
  actor,
  actingMember,
  email,
  role,
}: {
  db: TenantClient;
  /** Accounts live outside any store, so looking one up by email is the directory's job. */
  users: Pick<UserDirectory, 'findIdByEmail'>;
  tenantId: string;
  actor: Actor;
  actingMember: ActingMember;
  email: string;
  role: StoreRole;
}): Promise<InviteResult> {
  assertCanAssign(actingMember, role);
  const userId = await users.findIdByEmail(email);

  return db.$transaction(async (tx) => {
    if (userId) {
      const existing = await tx.storeMember.findUnique({
        where: { tenantId_userId: { tenantId, userId } },
      });
      if (existing) throw conflict(`${email} is already a member of this store`);
      const member = await tx.storeMember.create({
        data: { tenantId, userId, role, invitedById: actingMember.userId },
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'member.add',
        targetType: 'StoreMember',
        targetId: member.id,
        after: { email, role },
      });
      return { kind: 'added', memberId: member.id, email, role };
    }

    const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    const expiresAt = new Date(Date.now() + invitationTtlMs);
    const invitation = await tx.storeInvitation.upsert({
      where: { tenantId_email: { tenantId, email } },
      create: { tenantId, email, role, tokenHash, expiresAt, invitedById: actingMember.userId },
      update: {
        role,
        tokenHash,
        expiresAt,
        revokedAt: null,
        acceptedAt: null,
        invitedById: actingMember.userId,
      },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'member.invite',
      targetType: 'StoreInvitation',
      targetId: invitation.id,
      after: { email, role, expiresAt },
    });
    // The invitation email goes out from a workflow, only once this transaction commits.
    await emitDomainEvent(tx, tenantId, 'member.invited', { invitationId: invitation.id });
    return { kind: 'invited', invitationId: invitation.id, email, role, expiresAt };
  });
}
