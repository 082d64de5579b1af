import type { TenantClient, TenantTransaction } from '@storeloom/db';

import { lockCart } from '../cart/open-shopper-cart.ts';
import type { Shopper } from '../cart/shopper.ts';
import type { SignedInCustomer } from '../customer-accounts/resolve-customer-session.ts';
import { redeemDiscounts } from '../discounts/redeem-discounts.ts';
import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { reserveStock } from '../inventory/reservations/reserve-stock.ts';
import { createOrderRecord } from '../orders/create-order-record.ts';
import { priceCheckout } from '../pricing/price-checkout.ts';
import { describeMissingSteps, missingCheckoutSteps } from './checkout-steps.ts';
import { ensureGuestCustomer } from './ensure-guest-customer.ts';
import {
  assertCheckoutOpen,
  loadShopperCheckout,
  lockCheckout,
  type ShopperCheckout,
} from './load-shopper-checkout.ts';
import { isUniqueViolation } from './unique-violation.ts';

export interface PlacedOrder {
  orderId: string;
  number: number;
  total: number;
  currency: string;
  /** False when this checkout had already been placed: the same order is returned. */
  created: boolean;
}

export interface PlaceOrderInput {
  db: TenantClient;
  tenantId: string;
  checkoutId: string;
  customer: SignedInCustomer | null;
  /** The guest's cart cookie; with `customer`, it decides whose checkout this is. */
  cartToken?: string | null;
  now?: Date;
}

/** Stock is held this long for payment; unpaid orders then give it back. */
const RESERVATION_MINUTES = 60;

// Checkouts for the last units of a product queue on the same stock and counter rows; under a
// rush, waiting a little longer for a connection beats failing the shopper.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/**
 * Places the order of a completed checkout, as one transaction: re-price from current data,
 * create the order (pending payment) with its snapshots and cost totals, reserve the stock,
 * count the discount usage, and close the cart and the checkout. Any refusal (out of stock, a
 * code used up meanwhile, a product withdrawn) rolls everything back.
 *
 * Idempotent: the checkout's key is the order's key, so placing it again (a double click, a
 * retry, two tabs at once) returns the same order with `created: false`.
 */
export async function placeOrder({
  db,
  tenantId,
  checkoutId,
  customer,
  cartToken = null,
  now = new Date(),
}: PlaceOrderInput): Promise<PlacedOrder> {
  const shopper: Shopper = { cartToken, customer };
  try {
    return await db.$transaction(
      (tx) => placeInTransaction(tx, { tenantId, checkoutId, shopper, now }),
      TRANSACTION_OPTIONS,
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent call won the unique idempotency key; this one answers with its order.
    const placed = await db.$transaction(async (tx) => {
      const session = await loadShopperCheckout(tx, { checkoutId, shopper });
      return findPlacedOrder(tx, session);
    });
    if (!placed) throw error;
    return placed;
  }
}

async function findPlacedOrder(
  tx: TenantTransaction,
  session: ShopperCheckout,
): Promise<PlacedOrder | null> {
  const order = await tx.order.findFirst({
    where: { idempotencyKey: session.idempotencyKey },
    select: { id: true, number: true, total: true, currency: true },
  });
  return order
    ? {
        orderId: order.id,
        number: order.number,
        total: order.total,
        currency: order.currency,
        created: false,
      }
    : null;
}

async function placeInTransaction(
  tx: TenantTransaction,
  {
    tenantId,
    checkoutId,
    shopper,
    now,
  }: { tenantId: string; checkoutId: string; shopper: Shopper; now: Date },
): Promise<PlacedOrder> {
  // Cart first, then checkout (the order checkout.start takes them in): a cart edit racing the
  // order either lands before it and is in the order, or waits and finds the cart converted.
  const found = await loadShopperCheckout(tx, { checkoutId, shopper });
  await lockCart(tx, { tenantId, cartId: found.cartId });
  await lockCheckout(tx, { tenantId, checkoutId });
  const session = await loadShopperCheckout(tx, { checkoutId, shopper });
  if (session.status === 'completed') {
    const placed = await findPlacedOrder(tx, session);
    if (placed) return placed;
  }
  assertCheckoutOpen(session, now);
  const { email, shippingAddress, billingAddress, shippingTierCode } = session;
  const missing = missingCheckoutSteps(session);
  if (missing.length > 0 || !email || !shippingAddress || !billingAddress || !shippingTierCode) {
    throw preconditionFailed(describeMissingSteps(missing));
  }

  const lines = await tx.cartLine.findMany({
    where: { cartId: session.cartId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { variantId: true, quantity: true },
  });
  if (lines.length === 0) throw preconditionFailed('Your cart is empty');
  const priced = await priceCheckout(tx, {
    tenantId,
    lines,
    discountCodes: session.cart.discountCodes,
    customer: { id: shopper.customer?.id ?? null, email },
    shippingAddress,
    tierCode: shippingTierCode,
    now,
  });
  const rejected = priced.rejectedCodes[0];
  if (rejected) throw conflict(`${rejected.reason}. Remove the code to place the order.`);
  if (!priced.selectedShipping) {
    throw conflict('The delivery option you chose is no longer available; choose another');
  }

  const customerId =
    shopper.customer?.id ??
    (await ensureGuestCustomer(tx, {
      tenantId,
      email,
      phone: session.phone,
      address: shippingAddress,
    }));
  const order = await createOrderRecord(tx, {
    tenantId,
    source: 'storefront',
    customerId,
    email,
    phone: session.phone,
    currency: priced.currency,
    pricesIncludeTax: priced.pricesIncludeTax,
    subtotal: priced.subtotal,
    discountTotal: priced.discountTotal,
    shippingTotal: priced.shippingTotal,
    taxTotal: priced.taxTotal,
    total: priced.total,
    items: priced.lines.map((line) => ({
      productId: line.productId,
      variantId: line.variantId,
      name: line.productTitle,
      variantTitle: line.variantTitle,
      sku: line.sku,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      discountAmount: line.discountAmount,
      taxAmount: line.taxAmount,
      total: line.total,
      costPrice: line.costPrice,
      isMaterial: false,
      isLabour: false,
      hours: null,
      labourRate: null,
    })),
    shippingAddress,
    billingAddress,
    shippingTierCode: priced.selectedShipping.tierCode,
    shippingMethodName: priced.selectedShipping.name,
    discountCodes: priced.appliedDiscounts.flatMap((discount) =>
      discount.code ? [discount.code] : [],
    ),
    customerNote: session.customerNote,
    idempotencyKey: session.idempotencyKey,
    cartId: session.cartId,
    actorId: customerId,
    placedMessage: 'Order placed on the storefront',
  });
  await reserveStock(tx, {
    tenantId,
    lines: priced.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    orderId: order.id,
    cartId: session.cartId,
    expiresAt: new Date(now.getTime() + RESERVATION_MINUTES * 60_000),
  });
  await redeemDiscounts(tx, {
    tenantId,
    orderId: order.id,
    applied: priced.appliedDiscounts,
    customer: { id: customerId, email },
  });
  await tx.cart.update({
    where: { id: session.cartId },
    data: { status: 'converted', convertedOrderId: order.id, lastActivityAt: now },
  });
  await tx.checkoutSession.update({
    where: { id: session.id },
    data: { status: 'completed', orderId: order.id, customerId },
  });
  return {
    orderId: order.id,
    number: order.number,
    total: order.total,
    currency: priced.currency,
    created: true,
  };
}
