import { TRPCError } from '@trpc/server';

import type { StoreRole } from '@storeloom/auth';
import { createUserDirectory } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

import type { RequestSession } from './resolve-session.ts';

export interface ResolvedMember {
  tenantId: string;
  memberId: string;
  userId: string;
  role: StoreRole;
  store: { id: string; slug: string; name: string };
}

/**
 * The member behind a merchant call: the session's active store, or the person's first store
 * when none is chosen yet. The membership is read on every call, so removing someone or changing
 * their role takes effect at once.
 */
export async function resolveMember({
  database,
  session,
}: {
  database: Database;
  session: RequestSession;
}): Promise<ResolvedMember> {
  let tenantId = session.activeTenantId;
  if (!tenantId) {
    const memberships = await createUserDirectory(unscoped(database)).listMemberships(
      session.user.id,
    );
    tenantId =
      memberships.find((m) => m.store.status === 'active')?.store.id ??
      memberships[0]?.store.id ??
      null;
  }
  if (!tenantId) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of any store' });
  }

  const member = await database.forTenant(tenantId).storeMember.findUnique({
    where: { tenantId_userId: { tenantId, userId: session.user.id } },
    select: {
      id: true,
      role: true,
      tenant: { select: { id: true, slug: true, name: true, status: true } },
    },
  });
  if (!member) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of this store' });
  }
  if (member.tenant.status !== 'active') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `${member.tenant.name} is ${member.tenant.status}; contact support`,
    });
  }
  const { status: _status, ...store } = member.tenant;
  return { tenantId, memberId: member.id, userId: session.user.id, role: member.role, store };
}
