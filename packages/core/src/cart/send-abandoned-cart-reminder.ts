import type { EmailTransport } from '@storeloom/email';
import type { TenantClient, TenantTransaction } from '@storeloom/db';
import type { EmailTemplateInput } from '@storeloom/validators';

import {
  deliverStoreEmail,
  type NotificationResult,
} from '../order-notifications/deliver-store-email.ts';
import { storefrontLink } from '../stores/storefront-link.ts';
import { activityWindowEnd, activityWindowStart } from './cart-activity-window.ts';
import { cartContactEmail } from './cart-contact-email.ts';
import { shopperCartSelect } from './find-shopper-cart.ts';
import { priceCart } from './price-cart.ts';

/** Why no reminder went out: the cart no longer needs one, or there is no way to send it. */
export type ReminderNotNeeded =
  'cart_closed' | 'newer_activity' | 'empty' | 'no_email' | 'no_storefront';

export type AbandonedCartReminderOutcome =
  NotificationResult | { status: 'not_needed'; reason: ReminderNotNeeded };

type ReminderPlan =
  | { status: 'send'; to: string; data: EmailTemplateInput<'abandoned_cart'> }
  | { status: 'not_needed'; reason: ReminderNotNeeded };

const notNeeded = (reason: ReminderNotNeeded) => ({ status: 'not_needed', reason }) as const;

async function planReminder(
  tx: TenantTransaction,
  { tenantId, cartId, activityAt }: { tenantId: string; cartId: string; activityAt: Date },
): Promise<ReminderPlan> {
  const cart = await tx.cart.findFirst({
    where: { id: cartId },
    select: {
      ...shopperCartSelect,
      status: true,
      lastActivityAt: true,
      customer: { select: { firstName: true } },
    },
  });
  // Bought (converted), merged into an account cart, or gone.
  if (cart?.status !== 'active') return notNeeded('cart_closed');
  // Activity in a later window was announced too; that announcement's run owns the cart now.
  if (cart.lastActivityAt >= activityWindowEnd(activityAt)) return notNeeded('newer_activity');
  const to = await cartContactEmail(tx, cartId);
  if (!to) return notNeeded('no_email');
  const view = await priceCart(tx, { tenantId, cart, customer: null, email: to, now: new Date() });
  const lines = view.lines.filter((line) => line.included);
  if (lines.length === 0) return notNeeded('empty');
  const cartUrl = await storefrontLink(tx, '/cart');
  if (!cartUrl) return notNeeded('no_storefront');
  return {
    status: 'send',
    to,
    data: {
      customerName: cart.customer?.firstName ?? undefined,
      currency: view.currency,
      lines: lines.map((line) => ({
        name: line.label,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
      })),
      subtotal: view.subtotal,
      cartUrl,
    },
  };
}

/**
 * Reminder `reminder` (1 after an hour, 2 after a day) about a cart left with items, sent only
 * if it still needs one: the cart is still being shopped (not bought or merged), has had no
 * activity since the announcement the reminder belongs to (`activityAt`), has something to buy
 * and a way to reach the shopper. The email links back to the cart on the store's storefront.
 * One email per cart, activity window and reminder however often a step repeats.
 */
export async function sendAbandonedCartReminder({
  db,
  tenantId,
  cartId,
  activityAt,
  reminder,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  cartId: string;
  activityAt: Date;
  reminder: 1 | 2;
  transport: EmailTransport;
}): Promise<AbandonedCartReminderOutcome> {
  const plan = await db.$transaction((tx) => planReminder(tx, { tenantId, cartId, activityAt }));
  if (plan.status === 'not_needed') return plan;
  const window = activityWindowStart(activityAt).toISOString();
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: plan.to,
    templateKey: 'abandoned_cart',
    data: plan.data,
    idempotencyKey: `abandoned-cart:${cartId}:${window}:${reminder}`,
  });
}
