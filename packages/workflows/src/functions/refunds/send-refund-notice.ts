import { sendRefundIssuedEmail } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { refundRecordedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const sendRefundNoticeFunctionId = 'send-refund-notice';

/**
 * Money went back to the shopper (a return, a refund from the order page, a cancellation, or a
 * refund the provider reported): they get the refund email, once per refund.
 */
export function createSendRefundNoticeFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: sendRefundNoticeFunctionId,
      name: 'Refunds: send the refund notice',
      triggers: [refundRecordedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, refundId } = event.data;
      const email = await step.run('send-refund-email', () =>
        domainStep(() => {
          const { db, email: transport } = dependenciesFor(resolve, tenantId);
          return sendRefundIssuedEmail({ db, tenantId, refundId, transport });
        }),
      );
      return { refundId, email: email.status };
    },
  );
}

export const sendRefundNotice = createSendRefundNoticeFunction();
