import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { addCartLine } from '../cart/add-cart-line.ts';
import { applyDiscountCode } from '../cart/apply-discount-code.ts';
import { removeCartLine } from '../cart/remove-cart-line.ts';
import type { Shopper } from '../cart/shopper.ts';
import { createCustomerAddress } from '../customer-accounts/create-customer-address.ts';
import { listCustomerOrders } from '../customer-accounts/list-customer-orders.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { getCheckout } from './get-checkout.ts';
import { placeOrder } from './place-order.ts';
import { setCheckoutBillingAddress } from './set-checkout-billing-address.ts';
import { setCheckoutContact } from './set-checkout-contact.ts';
import { setCheckoutPaymentMethod } from './set-checkout-payment-method.ts';
import { setCheckoutShippingAddress } from './set-checkout-shipping-address.ts';
import { setCheckoutShippingTier } from './set-checkout-shipping-tier.ts';
import { startCheckout } from './start-checkout.ts';
import { guestWithCart, readyCheckout, usAddress } from './testing/shopper-checkout.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

async function stocked(onHand: number, title = 'Linen Shirt') {
  return createStockedVariant(db(), {
    tenantId: tenantId(),
    locationId: storeA().ids.locationId,
    onHand,
    title,
  });
}

async function guestBuying(quantity = 1, onHand = 10) {
  const variant = await stocked(onHand);
  const shopper = await guestWithCart(db(), tenantId(), [
    { variantId: variant.variantId, quantity },
  ]);
  return { ...variant, shopper };
}

const place = (shopper: Shopper, checkoutId: string) =>
  placeOrder({
    db: db(),
    tenantId: tenantId(),
    checkoutId,
    customer: shopper.customer,
    cartToken: shopper.cartToken,
  });

const orderCount = () => db().order.count();

describe('starting checkout', () => {
  it('needs a cart with something in it', async () => {
    const none: Shopper = { cartToken: null, customer: null };
    await expect(
      startCheckout({ db: db(), tenantId: tenantId(), shopper: none }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Cart not found',
    });
    const { shopper, variantId } = await guestBuying();
    await removeCartLine({ db: db(), tenantId: tenantId(), shopper, variantId });
    await expect(startCheckout({ db: db(), tenantId: tenantId(), shopper })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Your cart is empty',
    });
  });

  it('returns the open checkout of the cart, and accepts the current prices', async () => {
    const { shopper, variantId } = await guestBuying();
    await db().productVariant.update({ where: { id: variantId }, data: { price: 2200 } });
    const first = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    expect(first.summary.issues).toEqual([]);
    expect(first.missing).toEqual([
      'contact',
      'shipping_address',
      'shipping_tier',
      'billing_address',
      'payment_method',
    ]);
    const second = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    expect(second.checkoutId).toBe(first.checkoutId);
    const line = await db().cartLine.findFirst({ where: { variantId } });
    expect(line?.unitPrice).toBe(2200);
  });

  it('refuses a cart with too little stock, naming the line', async () => {
    const { shopper, variantId } = await guestBuying(3);
    await db().inventoryLevel.updateMany({ where: { variantId }, data: { onHand: 1 } });
    await expect(startCheckout({ db: db(), tenantId: tenantId(), shopper })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 1 left of Linen Shirt (M)',
    });
  });
});

describe('checkout steps', () => {
  it('validates every step on the server', async () => {
    const { shopper } = await guestBuying();
    const { checkoutId } = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    const command = { db: db(), tenantId: tenantId(), shopper, checkoutId };

    await expect(
      setCheckoutShippingAddress({
        ...command,
        address: { ...usAddress, country: 'CA', region: 'ON' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'We do not ship to Canada yet' });
    await expect(
      setCheckoutShippingTier({ ...command, tierCode: 'standard' }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await expect(
      setCheckoutBillingAddress({ ...command, sameAsShipping: true }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Enter the shipping address first',
    });
    await expect(
      setCheckoutShippingAddress({ ...command, addressId: storeA().ids.addressId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Address not found' });
    await expect(
      setCheckoutPaymentMethod({ ...command, provider: 'stripe' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Stripe is not available in this store; choose another payment method',
    });

    await setCheckoutShippingAddress({ ...command, address: usAddress });
    await expect(
      setCheckoutShippingTier({ ...command, tierCode: 'express' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'That delivery option is not available for this address',
    });
    const view = await setCheckoutShippingTier({ ...command, tierCode: 'standard' });
    expect(view).toMatchObject({
      shippingTierCode: 'standard',
      missing: ['contact', 'billing_address', 'payment_method'],
    });
    expect(view.summary.shippingTotal).toBe(500);
    expect(view.summary.total).toBe(
      view.summary.subtotal -
        view.summary.discountTotal +
        view.summary.shippingTotal +
        view.summary.taxTotal,
    );
    const stored = await db().checkoutSession.findFirst({ where: { id: checkoutId } });
    expect(stored).toMatchObject({
      shippingAddress: usAddress,
      email: null,
      paymentProvider: null,
    });
  });

  it("only works on the shopper's own cart's checkout", async () => {
    const { shopper } = await guestBuying();
    const { checkoutId } = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    const other = (await guestBuying()).shopper;
    await expect(
      getCheckout({ db: db(), tenantId: tenantId(), shopper: other, checkoutId }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      setCheckoutContact({
        db: db(),
        tenantId: tenantId(),
        shopper: other,
        checkoutId,
        email: 'x@example.com',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(place(other, checkoutId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const storeB = setup.fixture.storeB;
    await expect(
      getCheckout({
        db: setup.database.forTenant(storeB.tenantId),
        tenantId: storeB.tenantId,
        shopper,
        checkoutId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('uses an address from the signed-in shopper’s book and prefills the contact', async () => {
    const { variantId } = await stocked(10);
    const customerRow = await db().customer.create({
      data: { tenantId: tenantId(), email: 'booked@example.com', phone: '+1 555 0100' },
    });
    const customer = {
      id: customerRow.id,
      email: customerRow.email,
      firstName: null,
      lastName: null,
      sessionId: 's',
      ordersVisibleSince: null,
    };
    const saved = await createCustomerAddress({
      db: db(),
      tenantId: tenantId(),
      customerId: customer.id,
      input: { ...usAddress, line1: '9 Saved Way' },
    });
    const shopper: Shopper = { cartToken: null, customer };
    await addCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 1 });
    const started = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    expect(started).toMatchObject({ email: 'booked@example.com', phone: '+1 555 0100' });
    const view = await setCheckoutShippingAddress({
      db: db(),
      tenantId: tenantId(),
      shopper,
      checkoutId: started.checkoutId,
      addressId: saved.addressId,
    });
    expect(view.shippingAddress).toMatchObject({ line1: '9 Saved Way', country: 'US' });
  });
});

describe('placing the order', () => {
  it('refuses an incomplete checkout, naming what is missing, and creates nothing', async () => {
    const { shopper } = await guestBuying();
    const { checkoutId } = await startCheckout({ db: db(), tenantId: tenantId(), shopper });
    await setCheckoutContact({
      db: db(),
      tenantId: tenantId(),
      shopper,
      checkoutId,
      email: 'a@example.com',
    });
    await setCheckoutShippingAddress({
      db: db(),
      tenantId: tenantId(),
      shopper,
      checkoutId,
      address: usAddress,
    });
    const before = await orderCount();
    await expect(place(shopper, checkoutId)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message:
        'Add a delivery option, a billing address and a payment method before placing the order',
    });
    expect(await orderCount()).toBe(before);
  });

  it('creates the order awaiting payment, with snapshots, a reservation and a counted code', async () => {
    const { shopper, variantId, sku } = await guestBuying(2);
    await db().productVariant.update({ where: { id: variantId }, data: { costPrice: 900 } });
    await applyDiscountCode({ db: db(), tenantId: tenantId(), shopper, code: 'alpha10' });
    const checkoutId = await readyCheckout(db(), tenantId(), shopper, 'New.Buyer@Example.com');
    const placed = await place(shopper, checkoutId);
    expect(placed).toMatchObject({ created: true, currency: 'USD' });

    const order = await db().order.findFirst({
      where: { id: placed.orderId },
      include: { items: true, events: true },
    });
    expect(order).toMatchObject({
      status: 'pending_payment',
      source: 'storefront',
      email: 'new.buyer@example.com',
      subtotal: 5000,
      discountTotal: 500,
      shippingTotal: 500,
      discountCodes: ['ALPHA10'],
      shippingTierCode: 'standard',
      shippingAddress: usAddress,
      billingAddress: usAddress,
      materialsCost: 1800,
    });
    expect(order?.total).toBe(5000 - 500 + 500 + (order?.taxTotal ?? 0));
    expect(order?.items).toMatchObject([
      {
        variantId,
        name: 'Linen Shirt',
        variantTitle: 'M',
        sku,
        unitPrice: 2500,
        quantity: 2,
        costPrice: 900,
      },
    ]);
    expect(order?.events.map((event) => event.type)).toEqual(['order.placed']);
    expect(
      await db().domainEvent.count({
        where: { type: 'order.placed', payload: { path: ['orderId'], equals: placed.orderId } },
      }),
    ).toBe(1);

    const reservations = await db().inventoryReservation.findMany({
      where: { orderId: placed.orderId },
    });
    expect(reservations).toMatchObject([{ variantId, quantity: 2, status: 'active' }]);
    const minutes = ((reservations[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await db().inventoryLevel.findFirst({ where: { variantId } })).toMatchObject({
      onHand: 10,
      reserved: 2,
    });
    const discount = await db().discount.findFirst({ where: { code: 'ALPHA10' } });
    expect(discount?.usageCount).toBe(1);

    const guest = await db().customer.findFirst({ where: { id: order?.customerId ?? '' } });
    expect(guest).toMatchObject({
      email: 'new.buyer@example.com',
      passwordHash: null,
      firstName: 'Sam',
    });
    expect(await db().cart.findFirst({ where: { id: order?.cartId ?? '' } })).toMatchObject({
      status: 'converted',
      convertedOrderId: placed.orderId,
    });
    expect(await db().checkoutSession.findFirst({ where: { id: checkoutId } })).toMatchObject({
      status: 'completed',
      orderId: placed.orderId,
    });
  });

  it('returns the same order when placed again, even at the same moment', async () => {
    const { shopper } = await guestBuying();
    const checkoutId = await readyCheckout(db(), tenantId(), shopper);
    const before = await orderCount();
    const [a, b] = await Promise.all([place(shopper, checkoutId), place(shopper, checkoutId)]);
    expect(a.orderId).toBe(b.orderId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const again = await place(shopper, checkoutId);
    expect(again).toMatchObject({ orderId: a.orderId, created: false });
    expect(await orderCount()).toBe(before + 1);
    expect(await db().inventoryReservation.count({ where: { orderId: a.orderId } })).toBe(1);
  });

  it('files a signed-in shopper’s order under their account', async () => {
    const { variantId } = await stocked(10);
    const row = await db().customer.create({
      data: { tenantId: tenantId(), email: 'member@example.com' },
    });
    const shopper: Shopper = {
      cartToken: null,
      customer: {
        id: row.id,
        email: row.email,
        firstName: null,
        lastName: null,
        sessionId: 's',
        ordersVisibleSince: null,
      },
    };
    await addCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 1 });
    const checkoutId = await readyCheckout(db(), tenantId(), shopper, 'member@example.com');
    const placed = await place(shopper, checkoutId);
    const history = await listCustomerOrders({
      db: db(),
      customer: { id: row.id, ordersVisibleSince: null },
      limit: 10,
    });
    expect(history.items.map((order) => order.orderId)).toEqual([placed.orderId]);
  });

  it('refuses a withdrawn product, a used-up code and an expired checkout, creating nothing', async () => {
    const before = await orderCount();
    const withdrawn = await guestBuying();
    const first = await readyCheckout(db(), tenantId(), withdrawn.shopper);
    await db().product.update({ where: { id: withdrawn.productId }, data: { status: 'draft' } });
    await expect(place(withdrawn.shopper, first)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Linen Shirt is no longer available',
    });

    await db().discount.create({
      data: {
        tenantId: tenantId(),
        title: 'Last',
        method: 'code',
        code: 'LAST5',
        kind: 'fixed_amount',
        value: 500,
        currency: 'USD',
        usageLimit: 1,
      },
    });
    const coded = await guestBuying();
    await applyDiscountCode({
      db: db(),
      tenantId: tenantId(),
      shopper: coded.shopper,
      code: 'LAST5',
    });
    const second = await readyCheckout(db(), tenantId(), coded.shopper);
    await db().discount.updateMany({ where: { code: 'LAST5' }, data: { usageCount: 1 } });
    const error = await place(coded.shopper, second).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as Error).message).toContain('LAST5');

    const late = await guestBuying();
    const third = await readyCheckout(db(), tenantId(), late.shopper);
    await db().checkoutSession.update({
      where: { id: third },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(place(late.shopper, third)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This checkout has expired; start checkout again from your cart',
    });

    expect(await orderCount()).toBe(before);
    for (const { variantId } of [withdrawn, coded, late]) {
      expect(await db().inventoryLevel.findFirst({ where: { variantId } })).toMatchObject({
        reserved: 0,
      });
    }
  });
});
