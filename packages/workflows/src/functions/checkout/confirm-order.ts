import {
  awaitsPayment,
  cancelUnpaidOrder,
  confirmPaidOrder,
  holdOrderForPayment,
  readOrderPaymentState,
  sendOrderConfirmationEmail,
  sendPaymentTimeoutEmail,
} from '@storeloom/core';

import { inngest } from '../../client.ts';
import { orderPlacedEvent, paymentCapturedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const confirmOrderFunctionId = 'confirm-order';

/**
 * Captures one order may take before its deadline (a deposit, then the rest); each resumes the
 * wait once. Past it the order is treated like one whose window ended.
 */
const MAX_PAYMENT_WAITS = 5;

export const PAYMENT_TIMEOUT_REASON = 'No payment arrived in time';

/**
 * Checkout after the order is placed: wait for the payment within the window of the method the
 * shopper chose (payment-window.ts: cards 1 h, bank transfer / pay on delivery 7 d), then
 * confirm the order, make sure its stock is sold and send the confirmation with the invoice; or,
 * when nothing arrived in time, cancel it, release its stock and tell the shopper.
 */
export function createConfirmOrderFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: confirmOrderFunctionId,
      name: 'Checkout: confirm a placed order',
      triggers: [orderPlacedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, orderId } = event.data;
      const deps = () => dependenciesFor(resolve, tenantId);

      // The stock stays held for as long as the order may still be paid.
      const hold = await step.run('hold-stock-for-payment', () =>
        domainStep(() => holdOrderForPayment({ db: deps().db, orderId })),
      );
      if (!hold.fromCheckout) return { orderId, outcome: 'not-from-checkout' as const };

      let payment = hold.payment;
      for (let waits = 0; awaitsPayment(payment) && waits < MAX_PAYMENT_WAITS; waits += 1) {
        const captured = await step.waitForEvent('wait-for-payment', {
          event: paymentCapturedEvent,
          timeout: new Date(hold.deadline),
          if: 'event.data.orderId == async.data.orderId',
        });
        if (!captured) break;
        payment = await step.run('read-payment-state', () =>
          domainStep(() => readOrderPaymentState({ db: deps().db, orderId })),
        );
      }
      if (payment === 'cancelled') return { orderId, outcome: 'cancelled-elsewhere' as const };

      if (awaitsPayment(payment)) {
        // Decided under the order's lock: a capture that landed after the wait ended still wins.
        const expiry = await step.run('cancel-unpaid-order', () =>
          domainStep(() => {
            const { db, now } = deps();
            return cancelUnpaidOrder({
              db,
              tenantId,
              orderId,
              reason: PAYMENT_TIMEOUT_REASON,
              now: now(),
            });
          }),
        );
        if (expiry.cancelled) {
          await step.run('send-payment-timeout-email', () =>
            domainStep(() => {
              const { db, email } = deps();
              return sendPaymentTimeoutEmail({ db, tenantId, orderId, transport: email });
            }),
          );
          return { orderId, outcome: 'cancelled' as const };
        }
        if (expiry.payment === 'partially_paid') {
          // Part of the money arrived: refunding or chasing the rest is the merchant's call.
          return { orderId, outcome: 'partially-paid' as const };
        }
        if (expiry.payment === 'cancelled') {
          return { orderId, outcome: 'cancelled-elsewhere' as const };
        }
      }

      const confirmation = await step.run('confirm-order', () =>
        domainStep(() => confirmPaidOrder({ db: deps().db, tenantId, orderId })),
      );
      if (!confirmation.confirmed) {
        return { orderId, outcome: 'not-confirmed' as const, status: confirmation.status };
      }
      await step.run('send-order-confirmation', () =>
        domainStep(() => {
          const { db, email } = deps();
          return sendOrderConfirmationEmail({ db, tenantId, orderId, transport: email });
        }),
      );
      return { orderId, outcome: 'confirmed' as const };
    },
  );
}

export const confirmOrder = createConfirmOrderFunction();
