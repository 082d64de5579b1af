import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import {
  createSendStaffInvitationFunction,
  sendStaffInvitationFunctionId,
} from './send-staff-invitation.ts';

const invited = {
  name: 'member/invited',
  data: { tenantId: 'tenant-1', invitationId: 'invitation-1' },
};

describe('send-staff-invitation', () => {
  const fn = createSendStaffInvitationFunction(noDependencies);

  it('is triggered by member/invited', () => {
    expect(fn.id()).toBe(sendStaffInvitationFunctionId);
    expect(fn.opts.triggers).toEqual([expect.objectContaining({ event: 'member/invited' })]);
  });

  it('sends the invitation email in one step and reports its status', async () => {
    const { result, error, ran } = await executeWithMockedSteps({
      fn,
      event: invited,
      steps: { 'send-invitation-email': { emailId: 'email-1', status: 'sent' } },
    });
    expect(error).toBeUndefined();
    expect(ran).toEqual(['send-invitation-email']);
    expect(result).toEqual({ invitationId: 'invitation-1', email: 'sent' });
  });

  it('reports an invitation that was gone by then as skipped', async () => {
    const { result } = await executeWithMockedSteps({
      fn,
      event: invited,
      steps: { 'send-invitation-email': { emailId: null, status: 'skipped' } },
    });
    expect(result).toEqual({ invitationId: 'invitation-1', email: 'skipped' });
  });
});
