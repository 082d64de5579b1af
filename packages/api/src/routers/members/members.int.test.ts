import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';

import { callerFor, sessionFor } from '../../testing/callers.ts';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });

const auditActions = async () =>
  (
    await unscoped(setup.database).auditLog.findMany({
      where: { tenantId: setup.fixture.storeA.tenantId },
      orderBy: { createdAt: 'asc' },
    })
  ).map((entry) => entry.action);

describe('members', () => {
  it("lists the store's members with their people", async () => {
    const { members } = await as('owner').members.list();
    expect(members.map((m) => m.role).sort()).toEqual(['admin', 'owner', 'staff', 'viewer']);
    expect(members.every((m) => m.user.email.endsWith('@alpha.test'))).toBe(true);
  });

  it('refuses members:read to a viewer and writes to staff', async () => {
    await expect(as('viewer').members.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as('staff').members.invite({ email: 'new@example.com', role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('adds an existing account at once and invites an unknown email, both audited', async () => {
    const existing = await as('owner').members.invite({
      email: setup.fixture.storeB.members.staff.email,
      role: 'staff',
    });
    expect(existing.kind).toBe('added');
    const invited = await as('owner').members.invite({
      email: 'Newcomer@Example.com',
      role: 'viewer',
    });
    expect(invited).toMatchObject({ kind: 'invited', email: 'newcomer@example.com' });
    const { invitations } = await as('owner').members.list();
    expect(invitations.map((i) => i.email)).toContain('newcomer@example.com');
    expect(await auditActions()).toEqual(expect.arrayContaining(['member.add', 'member.invite']));
  });

  it('refuses to add someone twice', async () => {
    await expect(
      as('owner').members.invite({
        email: setup.fixture.storeA.members.staff.email,
        role: 'staff',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('changes a role with before and after in the audit log', async () => {
    const staff = setup.fixture.storeA.members.staff;
    const updated = await as('owner').members.updateRole({
      memberId: staff.memberId,
      role: 'admin',
    });
    expect(updated.role).toBe('admin');
    const entry = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'member.role.update', targetId: staff.memberId },
    });
    expect(entry).toMatchObject({
      before: { role: 'staff' },
      after: { role: 'admin' },
      actorId: setup.fixture.storeA.members.owner.userId,
    });
    await as('owner').members.updateRole({ memberId: staff.memberId, role: 'staff' });
  });

  it('keeps ownership rules: admins cannot touch owners or make owners; nobody edits themselves', async () => {
    const { owner, viewer, admin } = setup.fixture.storeA.members;
    await expect(
      as('admin').members.updateRole({ memberId: viewer.memberId, role: 'owner' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('admin').members.remove({ memberId: owner.memberId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      as('admin').members.updateRole({ memberId: admin.memberId, role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('never leaves a store without an owner', async () => {
    const { owner, admin } = setup.fixture.storeA.members;
    const ownerCaller = as('owner');
    // Promote the admin to owner, then let the first owner step down through the other owner.
    await ownerCaller.members.updateRole({ memberId: admin.memberId, role: 'owner' });
    const secondOwner = callerFor(setup.database, {
      session: sessionFor(admin, setup.fixture.storeA.tenantId),
    });
    await secondOwner.members.updateRole({ memberId: owner.memberId, role: 'admin' });
    await expect(
      callerFor(setup.database, {
        session: sessionFor(owner, setup.fixture.storeA.tenantId),
      }).members.updateRole({ memberId: admin.memberId, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const owners = await unscoped(setup.database).storeMember.count({
      where: { tenantId: setup.fixture.storeA.tenantId, role: 'owner' },
    });
    expect(owners).toBe(1);
  });

  it('removes a member, who then loses access at once', async () => {
    const viewer = setup.fixture.storeA.members.viewer;
    const viewerCaller = callerFor(setup.database, {
      session: sessionFor(viewer, setup.fixture.storeA.tenantId),
    });
    await expect(viewerCaller.store.get()).resolves.toMatchObject({
      id: setup.fixture.storeA.tenantId,
    });
    await callerFor(setup.database, {
      session: sessionFor(setup.fixture.storeA.members.admin, setup.fixture.storeA.tenantId),
    }).members.remove({
      memberId: viewer.memberId,
    });
    await expect(viewerCaller.store.get()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditActions()).toContain('member.remove');
  });

  it('answers NOT_FOUND for an unknown member id', async () => {
    await expect(as('owner').members.remove({ memberId: 'does-not-exist' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
