import { refundReceivedReturn } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { returnReceivedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const refundReceivedReturnFunctionId = 'refund-received-return';

/**
 * The parcel of a return is back (receiving it restocked its units, in the same transaction):
 * the returned value is refunded through the provider that took the payment (Stripe, PayPal) or
 * recorded for a manual payment. The refund's own event then emails the shopper
 * (send-refund-notice). Exchanges and returns already refunded by hand are left alone.
 */
export function createRefundReceivedReturnFunction(
  resolve: ResolveDependencies = processDependencies,
) {
  return inngest.createFunction(
    {
      id: refundReceivedReturnFunctionId,
      name: 'Returns: refund a received return',
      triggers: [returnReceivedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, returnId } = event.data;
      const refund = await step.run('refund-return', () =>
        domainStep(() => {
          const { db, payments, now } = dependenciesFor(resolve, tenantId);
          return refundReceivedReturn({ db, tenantId, returnId, payments, now: now() });
        }),
      );
      return { returnId, ...refund };
    },
  );
}

export const refundReceivedReturnFunction = createRefundReceivedReturnFunction();
