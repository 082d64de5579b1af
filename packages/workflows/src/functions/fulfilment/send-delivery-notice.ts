import { sendOrderDeliveredEmail } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { orderStatusChangedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const sendDeliveryNoticeFunctionId = 'send-delivery-notice';

/**
 * The order reached `delivered` (its last shipment arrived): the shopper gets the delivered
 * email. Inngest filters on the trigger's condition; the local runner starts the function for
 * every status change, so the function checks the move itself too.
 */
export function createSendDeliveryNoticeFunction(
  resolve: ResolveDependencies = processDependencies,
) {
  return inngest.createFunction(
    {
      id: sendDeliveryNoticeFunctionId,
      name: 'Fulfilment: send the delivered notice',
      triggers: [{ event: orderStatusChangedEvent, if: "event.data.to == 'delivered'" }],
    },
    async ({ event, step }) => {
      const { tenantId, orderId, to } = event.data;
      if (to !== 'delivered') return { orderId, outcome: 'not-delivered' as const };
      const email = await step.run('send-delivered-email', () =>
        domainStep(() => {
          const { db, email: transport, now } = dependenciesFor(resolve, tenantId);
          return sendOrderDeliveredEmail({ db, tenantId, orderId, transport, now: now() });
        }),
      );
      return { orderId, outcome: 'notified' as const, email: email.status };
    },
  );
}

export const sendDeliveryNotice = createSendDeliveryNoticeFunction();
