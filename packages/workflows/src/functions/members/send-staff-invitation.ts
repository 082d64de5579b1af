import { sendStaffInvitationEmail } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { memberInvitedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const sendStaffInvitationFunctionId = 'send-staff-invitation';

/**
 * A merchant invited someone without a Storeloom account to their team: the invitee gets the
 * staff invitation email with the link to the admin's sign-in (STORELOOM_ADMIN_URL). The email's
 * idempotency key makes a repeated step send nothing more; an invitation gone (revoked,
 * accepted, expired) by then is skipped.
 */
export function createSendStaffInvitationFunction(
  resolve: ResolveDependencies = processDependencies,
) {
  return inngest.createFunction(
    {
      id: sendStaffInvitationFunctionId,
      name: 'Team: send the staff invitation',
      triggers: [memberInvitedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, invitationId } = event.data;
      const email = await step.run('send-invitation-email', () =>
        domainStep(() => {
          const { db, email: transport, now } = dependenciesFor(resolve, tenantId);
          return sendStaffInvitationEmail({ db, tenantId, invitationId, transport, now: now() });
        }),
      );
      return { invitationId, email: email.status };
    },
  );
}

export const sendStaffInvitation = createSendStaffInvitationFunction();
