import { activityWindowEnd, sendAbandonedCartReminder } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { cartActivityEvent, orderPlacedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const abandonedCartFunctionId = 'abandoned-cart';

/** The reminders, counted from when the cart went quiet. */
export const FIRST_REMINDER_AFTER_MS = 60 * 60_000;
export const SECOND_REMINDER_AFTER_MS = 24 * 60 * 60_000;

/** An order placed from this cart, in this store. */
const ORDER_OF_THE_CART =
  'event.data.tenantId == async.data.tenantId && event.data.cartId == async.data.cartId';

/**
 * Reminds a shopper of the cart they left: an email an hour after their last activity, another
 * a day after, none once they buy.
 *
 * Every `cart.activity` starts a run; the cart emits one per activity window (five minutes) at
 * most, so idle time counts from the end of that window (`activityWindowEnd`), later changes in
 * the same window included.
 *
 * 1. `wait-for-order-1h`: `order.placed` of this cart until an hour after; an order ends the run.
 * 2. `send-first-reminder`: re-checks the cart and sends the `abandoned_cart` email
 *    (`sendAbandonedCartReminder`). A cart bought, merged, emptied or changed since (a newer
 *    run owns it then) gets none, and the run ends.
 * 3. `wait-for-order-24h`: the same wait, 23 hours more.
 * 4. `send-second-reminder`: the same check and email.
 *
 * Compensation: none; an email cannot be taken back. Each carries an idempotency key (cart,
 * activity window, reminder), so a repeated step or an overlapping run sends it once.
 */
export function createAbandonedCartFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: abandonedCartFunctionId,
      name: 'Carts: remind a shopper of their cart',
      triggers: [cartActivityEvent],
    },
    async ({ event, step }) => {
      const { tenantId, cartId } = event.data;
      const activityAt = new Date(event.data.activityAt);
      const quietSince = activityWindowEnd(activityAt).getTime();

      const remind = async (reminder: 1 | 2, afterMs: number, wait: string, send: string) => {
        const order = await step.waitForEvent(wait, {
          event: orderPlacedEvent,
          timeout: new Date(quietSince + afterMs),
          if: ORDER_OF_THE_CART,
        });
        if (order) return { status: 'purchased' as const, orderId: order.data.orderId };
        return step.run(send, () =>
          domainStep(() => {
            const { db, email } = dependenciesFor(resolve, tenantId);
            return sendAbandonedCartReminder({
              db,
              tenantId,
              cartId,
              activityAt,
              reminder,
              transport: email,
            });
          }),
        );
      };
      const went = (outcome: { status: string }) =>
        outcome.status === 'sent' || outcome.status === 'queued' || outcome.status === 'sending';

      const first = await remind(
        1,
        FIRST_REMINDER_AFTER_MS,
        'wait-for-order-1h',
        'send-first-reminder',
      );
      if (!went(first)) return { first };
      const second = await remind(
        2,
        SECOND_REMINDER_AFTER_MS,
        'wait-for-order-24h',
        'send-second-reminder',
      );
      return { first, second };
    },
  );
}

export const remindAbandonedCart = createAbandonedCartFunction();
