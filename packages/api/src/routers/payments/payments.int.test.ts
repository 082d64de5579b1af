import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, requestFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const db = () => setup.database.forTenant(storeA().tenantId);

const memberOf = (role: 'owner' | 'staff' | 'viewer', store = storeA()) =>
  callerFor(setup.database, {
    app: 'admin',
    session: sessionFor(store.members[role], store.tenantId),
  });

let stripe: StripeFake;
beforeAll(async () => {
  stripe = await startStripeFake();
});
afterAll(async () => {
  await stripe.close();
});

/** A guest with a cart and a checkout ready to place, paying with `provider`. */
async function guestCheckout(provider: 'manual' | 'stripe') {
  const { caller, resHeaders } = requestFor(setup.database, {
    app: 'storefront',
    host: storeA().host,
  });
  await caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
  const cookie = resHeaders.getSetCookie().find((value) => value.startsWith('storeloom_cart='));
  const token = decodeURIComponent(cookie?.split(';')[0]?.split('=')[1] ?? '');
  const shopper = callerFor(setup.database, {
    app: 'storefront',
    host: storeA().host,
    cookies: { storeloom_cart: token },
  });
  const { checkoutId } = await shopper.storefront.checkout.start();
  await shopper.storefront.checkout.setContact({ checkoutId, email: 'payer@example.com' });
  await shopper.storefront.checkout.setShippingAddress({ checkoutId, address: usAddress });
  await shopper.storefront.checkout.setShippingTier({ checkoutId, tierCode: 'standard' });
  await shopper.storefront.checkout.setBillingAddress({ checkoutId, sameAsShipping: true });
  await shopper.storefront.checkout.setPaymentMethod({ checkoutId, provider });
  return { shopper, checkoutId };
}

describe('payments procedures', () => {
  it('let an owner configure a provider, show secrets masked, and audit every change', async () => {
    const owner = memberOf('owner');
    await owner.payments.settings.update({
      enabledProviders: ['manual', 'stripe'],
      manualInstructions: 'Bank transfer to IBAN DE00 1234',
      stripe: { publishableKey: stripe.publishableKey },
    });
    const saved = await owner.payments.credentials.save({
      provider: 'stripe',
      name: 'secretKey',
      secret: stripe.secretKey,
    });
    expect(saved.hint).toBe(`••••${stripe.secretKey.slice(-4)}`);
    expect(JSON.stringify(saved)).not.toContain(stripe.secretKey);

    const storefront = callerFor(setup.database, { app: 'storefront', host: storeA().host });
    expect((await storefront.storefront.checkout.paymentMethods()).map((m) => m.provider)).toEqual([
      'manual',
    ]);

    await owner.payments.credentials.save({
      provider: 'stripe',
      name: 'webhookSecret',
      secret: stripe.webhookSecret,
    });
    const view = await memberOf('owner').payments.settings.get();
    expect(view.providers.find((p) => p.id === 'stripe')).toMatchObject({
      enabled: true,
      configured: true,
    });
    expect(JSON.stringify(view)).not.toContain(stripe.secretKey);
    expect(await storefront.storefront.checkout.paymentMethods()).toEqual([
      expect.objectContaining({
        provider: 'manual',
        instructions: 'Bank transfer to IBAN DE00 1234',
      }),
      { provider: 'stripe', displayName: 'Stripe', publishableKey: stripe.publishableKey },
    ]);
    // Store B's checkout is untouched.
    const storefrontB = callerFor(setup.database, { app: 'storefront', host: storeB().host });
    expect((await storefrontB.storefront.checkout.paymentMethods()).map((m) => m.provider)).toEqual(
      ['manual'],
    );

    const audits = await db().auditLog.findMany({
      where: { action: { in: ['payments.settings_updated', 'credential.saved'] } },
    });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits)).not.toContain(stripe.webhookSecret);

    expect(
      await owner.payments.credentials.remove({ provider: 'stripe', name: 'webhookSecret' }),
    ).toEqual({ removed: true });
    expect((await storefront.storefront.checkout.paymentMethods()).map((m) => m.provider)).toEqual([
      'manual',
    ]);
  });

  it('refuse members without the permission and bad input, changing nothing', async () => {
    const before = await db().tenantSetting.findMany();
    await expect(
      memberOf('viewer').payments.settings.update({ captureMode: 'manual' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      memberOf('staff').payments.credentials.save({
        provider: 'stripe',
        name: 'secretKey',
        secret: 'sk_test_x12345678',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      memberOf('owner').payments.settings.update({ enabledProviders: ['stripe', 'stripe'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      memberOf('owner').payments.credentials.save({
        provider: 'stripe',
        name: 'clientSecret',
        secret: 'anything-at-all',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Stripe has no secret called "clientSecret"',
    });
    expect(await db().tenantSetting.findMany()).toEqual(before);
  });

  it('return the manual instructions with the placed order, and again from payOrder', async () => {
    const { shopper, checkoutId } = await guestCheckout('manual');
    const placed = await shopper.storefront.checkout.placeOrder({ checkoutId });
    expect(placed).toMatchObject({
      created: true,
      paymentError: null,
      payment: {
        provider: 'manual',
        nextAction: { type: 'instructions', instructions: 'Bank transfer to IBAN DE00 1234' },
      },
    });
    expect(await shopper.storefront.checkout.payOrder({ orderId: placed.orderId })).toMatchObject({
      provider: 'manual',
      nextAction: { type: 'instructions' },
    });

    // Another shopper (no cookie, or another store's host) cannot reach the order.
    const stranger = callerFor(setup.database, { app: 'storefront', host: storeA().host });
    await expect(
      stranger.storefront.checkout.payOrder({ orderId: placed.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = callerFor(setup.database, { app: 'storefront', host: storeB().host });
    await expect(
      elsewhere.storefront.checkout.payOrder({ orderId: placed.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(0);

    await expect(
      memberOf('owner').orders.capturePayment({ orderId: placed.orderId }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This order has no authorised payment to capture',
    });
  });

  it('keep a placed order payable when its provider cannot start the payment', async () => {
    const owner = memberOf('owner');
    await owner.payments.credentials.save({
      provider: 'stripe',
      name: 'webhookSecret',
      secret: stripe.webhookSecret,
    });
    const { shopper, checkoutId } = await guestCheckout('stripe');
    // The merchant removes a key between the shopper's choice and the order.
    await owner.payments.credentials.remove({ provider: 'stripe', name: 'webhookSecret' });
    const placed = await shopper.storefront.checkout.placeOrder({ checkoutId });
    const message = 'Stripe is not available in this store right now; contact the store to pay';
    expect(placed).toMatchObject({ created: true, payment: null, paymentError: message });
    await expect(
      shopper.storefront.checkout.payOrder({ orderId: placed.orderId }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message });
    // The shopper can still pay another way.
    expect(
      await shopper.storefront.checkout.payOrder({ orderId: placed.orderId, provider: 'manual' }),
    ).toMatchObject({ provider: 'manual', nextAction: { type: 'instructions' } });
    expect(await db().order.findFirstOrThrow({ where: { id: placed.orderId } })).toMatchObject({
      status: 'pending_payment',
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(0);
  });
});
