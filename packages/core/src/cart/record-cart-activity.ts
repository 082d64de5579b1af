import type { TenantTransaction } from '@storeloom/db';

import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { isNewActivityWindow } from './cart-activity-window.ts';
import { cartContactEmail } from './cart-contact-email.ts';

/**
 * Records activity on a cart (its `lastActivityAt`, which abandoned-cart reminders and clean-up
 * read) and, when the shopper can be reached by email, announces it with `cart.activity` in the
 * same transaction. To keep to one announcement per cart per activity window rather than one per
 * click, only the first change in a window announces itself; `reachable` announces regardless,
 * for the change that just made the shopper reachable (a new signed-in cart, a sign-in, a
 * checkout contact email).
 */
export async function recordCartActivity(
  tx: TenantTransaction,
  {
    tenantId,
    cartId,
    now,
    reachable = false,
  }: { tenantId: string; cartId: string; now: Date; reachable?: boolean },
): Promise<void> {
  const before = await tx.cart.findFirst({
    where: { id: cartId },
    select: { lastActivityAt: true },
  });
  if (!before) return;
  await tx.cart.update({ where: { id: cartId }, data: { lastActivityAt: now } });
  if (!reachable && !isNewActivityWindow(before.lastActivityAt, now)) return;
  if (!(await cartContactEmail(tx, cartId))) return;
  await emitDomainEvent(tx, tenantId, 'cart.activity', {
    cartId,
    activityAt: now.toISOString(),
  });
}
