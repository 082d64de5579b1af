import { createUserDirectory, inviteMember, readEncryptionKeyRing } from '@storeloom/core';
import { unscoped } from '@storeloom/db/unscoped';
import { createOutboxTransport } from '@storeloom/email';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';

import { startLocalRunner, type LocalRunner } from '../../local-runner/start-local-runner.ts';
import { waitFor } from '../../testing/wait-for.ts';
import type { ResolveDependencies } from '../../workflow-dependencies.ts';
import {
  createSendStaffInvitationFunction,
  sendStaffInvitationFunctionId,
} from './send-staff-invitation.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const db = () => ctx.database.forTenant(store().tenantId);

const resolve: ResolveDependencies = () => ({
  database: ctx.database,
  email: createOutboxTransport(),
  payments: { keys: readEncryptionKeyRing({ NODE_ENV: 'test' }) },
  now: () => new Date(),
});

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const startRunner = () => {
  runner = startLocalRunner({
    functions: [createSendStaffInvitationFunction(resolve)],
    db: ctx.database,
    pollIntervalMs: 25,
  });
  return runner;
};

const invite = (email: string) => {
  const owner = store().members.owner;
  return inviteMember({
    db: db(),
    users: createUserDirectory(unscoped(ctx.database)),
    tenantId: store().tenantId,
    actor: { type: 'user', id: owner.userId },
    actingMember: { memberId: owner.memberId, userId: owner.userId, role: 'owner' },
    email,
    role: 'staff',
  });
};

/** The runs of the function once `count` of them have finished, oldest first. */
const finishedRuns = (count: number) =>
  waitFor(
    async () => {
      const runs = await unscoped(ctx.database).workflowRun.findMany({
        where: {
          functionId: sendStaffInvitationFunctionId,
          status: { in: ['completed', 'failed'] },
        },
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      });
      return runs.length >= count ? runs : undefined;
    },
    { what: `${count} finished ${sendStaffInvitationFunctionId} runs` },
  );

const invitationEmails = (to: string) =>
  db().emailOutbox.findMany({
    where: { templateKey: 'staff_invitation', to },
    orderBy: { createdAt: 'asc' },
  });

describe('send-staff-invitation through the local runner', () => {
  it('emails the invitee once per invitation, with the sign-in link, and skips revoked ones', async () => {
    startRunner();
    const invited = await invite('newcomer@example.com');
    if (invited.kind !== 'invited') throw new Error('an invitation expected');

    const [first] = await finishedRuns(1);
    expect(first).toMatchObject({
      status: 'completed',
      tenantId: store().tenantId,
      result: { invitationId: invited.invitationId, email: 'sent' },
    });
    const [email] = await invitationEmails('newcomer@example.com');
    expect(email).toMatchObject({ status: 'sent', provider: 'outbox' });
    expect(email?.subject).toBe(`You are invited to ${store().name}`);
    expect(email?.html).toContain('href="http://localhost:3001/sign-in"');
    expect(email?.text).toContain(`${store().name} owner invited you`);
    expect(email?.text).toContain('as a staff member');

    // The same invitation again (a replayed event): no second email.
    await runner?.send([
      {
        name: 'member/invited',
        data: { tenantId: store().tenantId, invitationId: invited.invitationId },
      },
    ]);
    const replay = (await finishedRuns(2))[1];
    expect(replay?.result).toEqual({ invitationId: invited.invitationId, email: 'sent' });
    expect(await invitationEmails('newcomer@example.com')).toHaveLength(1);

    // Inviting the address again renews the invitation, and that is emailed.
    await invite('newcomer@example.com');
    await finishedRuns(3);
    expect(await invitationEmails('newcomer@example.com')).toHaveLength(2);

    // Revoked before the email went out (the runner is stopped meanwhile): nothing is sent.
    await runner?.stop();
    const revoked = await invite('changed-mind@example.com');
    if (revoked.kind !== 'invited') throw new Error('an invitation expected');
    await db().storeInvitation.update({
      where: { id: revoked.invitationId },
      data: { revokedAt: new Date() },
    });
    startRunner();
    const runs = await finishedRuns(4);
    expect(runs[3]?.result).toEqual({ invitationId: revoked.invitationId, email: 'skipped' });
    expect(await invitationEmails('changed-mind@example.com')).toEqual([]);
  });
});
