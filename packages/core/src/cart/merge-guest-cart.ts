import type { TenantTransaction } from '@storeloom/db';

import { hashOpaqueToken, newOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { MAX_CART_CODES, MAX_LINE_QUANTITY } from './cart-limits.ts';
import { guestCartWhere } from './find-shopper-cart.ts';
import { lockActiveCart } from './open-shopper-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import { readAvailability } from './variant-availability.ts';

/**
 * On sign-in, the cart the shopper filled as a guest joins their account:
 * - no account cart yet: the guest cart simply becomes theirs (the cookie already points to it);
 * - both: guest quantities are added to the account cart, capped at the stock left (a line
 *   already above it is not cut), codes are combined, and the guest cart is marked `merged`
 *   with its open checkouts expired. The account cart gets a fresh token for the cookie.
 */
export async function mergeGuestCart(
  tx: TenantTransaction,
  {
    tenantId,
    customerId,
    guestCartToken,
    now,
  }: { tenantId: string; customerId: string; guestCartToken: string | null; now: Date },
): Promise<{ cartToken: string | null }> {
  const where = guestCartWhere(guestCartToken);
  const guest = where
    ? await tx.cart.findFirst({
        where: { ...where, status: 'active' },
        select: { id: true, discountCodes: true },
      })
    : null;
  const own = await tx.cart.findFirst({
    where: { customerId, status: 'active' },
    orderBy: { lastActivityAt: 'desc' },
    select: { id: true, discountCodes: true },
  });
  if (!own) {
    if (guest) {
      await tx.cart.update({ where: { id: guest.id }, data: { customerId } });
      // Signed in: the shopper can now be reached about this cart.
      await recordCartActivity(tx, { tenantId, cartId: guest.id, now, reachable: true });
    }
    return { cartToken: null };
  }

  await lockActiveCart(tx, { tenantId, cartId: own.id });
  if (guest) {
    await lockActiveCart(tx, { tenantId, cartId: guest.id });
    await moveGuestLines(tx, { tenantId, fromCartId: guest.id, toCartId: own.id });
    await tx.cart.update({ where: { id: guest.id }, data: { status: 'merged' } });
    await tx.checkoutSession.updateMany({
      where: { cartId: guest.id, status: 'open' },
      data: { status: 'expired' },
    });
  }
  const cartToken = newOpaqueToken();
  const codes = [...new Set([...own.discountCodes, ...(guest?.discountCodes ?? [])])];
  await tx.cart.update({
    where: { id: own.id },
    data: {
      tokenHash: hashOpaqueToken(cartToken),
      discountCodes: codes.slice(0, MAX_CART_CODES),
    },
  });
  await recordCartActivity(tx, { tenantId, cartId: own.id, now, reachable: guest !== null });
  return { cartToken };
}

async function moveGuestLines(
  tx: TenantTransaction,
  { tenantId, fromCartId, toCartId }: { tenantId: string; fromCartId: string; toCartId: string },
): Promise<void> {
  const guestLines = await tx.cartLine.findMany({
    where: { cartId: fromCartId },
    select: {
      variantId: true,
      quantity: true,
      unitPrice: true,
      variant: { select: { trackInventory: true, allowBackorder: true } },
    },
  });
  if (guestLines.length === 0) return;
  const ownLines = await tx.cartLine.findMany({
    where: { cartId: toCartId, variantId: { in: guestLines.map((line) => line.variantId) } },
    select: { id: true, variantId: true, quantity: true },
  });
  const ownByVariant = new Map(ownLines.map((line) => [line.variantId, line]));
  const availability = await readAvailability(
    tx,
    guestLines
      .filter((line) => line.variant.trackInventory && !line.variant.allowBackorder)
      .map((line) => line.variantId),
  );
  for (const line of guestLines) {
    const existing = ownByVariant.get(line.variantId);
    const inCart = existing?.quantity ?? 0;
    const cap = Math.min(MAX_LINE_QUANTITY, availability.get(line.variantId) ?? MAX_LINE_QUANTITY);
    const quantity = Math.max(inCart, Math.min(inCart + line.quantity, cap));
    if (existing) {
      if (quantity !== inCart) {
        await tx.cartLine.update({ where: { id: existing.id }, data: { quantity } });
      }
    } else if (quantity > 0) {
      await tx.cartLine.create({
        data: {
          tenantId,
          cartId: toCartId,
          variantId: line.variantId,
          quantity,
          unitPrice: line.unitPrice,
        },
      });
    }
  }
}
