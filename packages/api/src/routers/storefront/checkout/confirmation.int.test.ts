import { beforeAll, describe, expect, it } from 'vitest';

import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { requestFor, sessionFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;

function shopperAt(cookies: Record<string, string> = {}, host = storeA().host) {
  return requestFor(setup.database, { app: 'storefront', host, cookies });
}

function cookieValue(headers: Headers, name: string): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  return cookie === undefined
    ? undefined
    : decodeURIComponent(cookie.split(';')[0]?.split('=')[1] ?? '');
}

type Caller = ReturnType<typeof shopperAt>['caller'];

/** Walks a checkout through every step with the manual provider and places it. */
async function placeOrder(caller: Caller, email: string) {
  const { checkoutId } = await caller.storefront.checkout.start();
  await caller.storefront.checkout.setContact({ checkoutId, email });
  await caller.storefront.checkout.setShippingAddress({ checkoutId, address: usAddress });
  await caller.storefront.checkout.setShippingTier({ checkoutId, tierCode: 'standard' });
  await caller.storefront.checkout.setBillingAddress({ checkoutId, sameAsShipping: true });
  await caller.storefront.checkout.setPaymentMethod({ checkoutId, provider: 'manual' });
  return caller.storefront.checkout.placeOrder({ checkoutId });
}

/** A guest who added a line (the cookie is set then) and placed the order. */
async function guestOrder(email: string) {
  const first = shopperAt();
  await first.caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 2 });
  const cartToken = cookieValue(first.resHeaders, 'storeloom_cart') ?? '';
  const cookies = { storeloom_cart: cartToken };
  const placed = await placeOrder(shopperAt(cookies).caller, email);
  return { placed, cookies };
}

async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { code?: string } | undefined)?.code;
}

describe('storefront checkout confirmation and invoice', () => {
  beforeAll(async () => {
    // Every test places orders, which hold stock: give the one product enough for all of them.
    await setup.database.forTenant(storeA().tenantId).inventoryLevel.updateMany({
      where: { variantId: storeA().ids.variantId },
      data: { onHand: 100 },
    });
  });

  it('shows a guest their order, with the manual instructions, through their cart cookie', async () => {
    const owner = requestFor(setup.database, {
      app: 'admin',
      session: sessionFor(storeA().members.owner, storeA().tenantId),
    }).caller;
    await owner.payments.settings.update({
      manualInstructions: 'Transfer the total to IBAN DE00 1234 quoting the order number.',
    });

    const { placed, cookies } = await guestOrder('guest.confirm@example.com');
    const confirmation = await shopperAt(cookies).caller.storefront.checkout.confirmation({
      orderId: placed.orderId,
    });

    expect(confirmation).toMatchObject({
      orderId: placed.orderId,
      number: placed.number,
      total: placed.total,
      currency: 'USD',
      email: 'guest.confirm@example.com',
      status: 'pending_payment',
      amountDue: placed.total,
      shippingAddress: usAddress,
      billingAddress: usAddress,
      delivery: { name: 'Standard', deliveryDaysMin: 3, deliveryDaysMax: 5 },
      payment: {
        provider: 'manual',
        instructions: 'Transfer the total to IBAN DE00 1234 quoting the order number.',
      },
      inAccount: false,
    });
    expect(confirmation.items).toEqual([
      expect.objectContaining({ name: 'Alpha Goods Product', quantity: 2, unitPrice: 1999 }),
    ]);
    // The merchant's figures never reach the shopper.
    expect(JSON.stringify(confirmation)).not.toMatch(/cost|profit|margin/i);
  });

  it('gives a guest the invoice PDF of their order', async () => {
    const { placed, cookies } = await guestOrder('guest.invoice@example.com');
    const file = await shopperAt(cookies).caller.storefront.checkout.invoicePdf({
      orderId: placed.orderId,
    });

    expect(file).toMatchObject({
      filename: `invoice-${String(placed.number)}.pdf`,
      contentType: 'application/pdf',
    });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses another guest, no cookie, a guessed id and another store with NOT_FOUND', async () => {
    const { placed } = await guestOrder('guest.private@example.com');
    const other = await guestOrder('someone.else@example.com');
    const orderId = placed.orderId;

    const strangers = [
      shopperAt(other.cookies).caller,
      shopperAt().caller,
      shopperAt({ storeloom_cart: 'not-a-real-cart-token' }).caller,
    ];
    for (const caller of strangers) {
      expect(await codeOf(caller.storefront.checkout.confirmation({ orderId }))).toBe('NOT_FOUND');
      expect(await codeOf(caller.storefront.checkout.invoicePdf({ orderId }))).toBe('NOT_FOUND');
    }

    // The rightful guest, with a made-up id, finds nothing either.
    const guessed = shopperAt(other.cookies).caller.storefront.checkout.confirmation({
      orderId: 'cm0000000000000000000000',
    });
    expect(await codeOf(guessed)).toBe('NOT_FOUND');

    // Store B's host with the order's own cookie: the order belongs to store A only.
    const cookieAtB = shopperAt(other.cookies, storeB().host).caller;
    expect(
      await codeOf(cookieAtB.storefront.checkout.confirmation({ orderId: other.placed.orderId })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(cookieAtB.storefront.checkout.invoicePdf({ orderId: other.placed.orderId })),
    ).toBe('NOT_FOUND');
  });

  it("shows a signed-in shopper their own order through the account, and nobody else's", async () => {
    const signUp = shopperAt();
    await signUp.caller.storefront.account.signUp({
      email: 'member.confirm@example.com',
      password: 'long enough pass',
    });
    const session = {
      storeloom_customer: cookieValue(signUp.resHeaders, 'storeloom_customer') ?? '',
    };
    const member = shopperAt(session).caller;
    await member.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
    const placed = await placeOrder(member, 'member.confirm@example.com');

    // The session alone is enough: no cart cookie is sent.
    const confirmation = await member.storefront.checkout.confirmation({ orderId: placed.orderId });
    expect(confirmation).toMatchObject({ number: placed.number, inAccount: true });
    const file = await member.storefront.checkout.invoicePdf({ orderId: placed.orderId });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Another account (the fixture's shopper) and a guest do not see it.
    const fixtureSession = { storeloom_customer: storeA().shopper.sessionToken };
    const guest = await guestOrder('guest.nosy@example.com');
    for (const cookies of [fixtureSession, guest.cookies]) {
      const caller = shopperAt(cookies).caller;
      expect(
        await codeOf(caller.storefront.checkout.confirmation({ orderId: placed.orderId })),
      ).toBe('NOT_FOUND');
      expect(await codeOf(caller.storefront.checkout.invoicePdf({ orderId: placed.orderId }))).toBe(
        'NOT_FOUND',
      );
    }
    // The signed-in shopper cannot read a guest's order either.
    expect(
      await codeOf(member.storefront.checkout.confirmation({ orderId: guest.placed.orderId })),
    ).toBe('NOT_FOUND');
  });

  it("offers the countries the store's zones serve", async () => {
    const { caller } = shopperAt();
    expect(await caller.storefront.checkout.shippingCountries()).toEqual({
      countries: ['US'],
      everywhere: false,
    });
  });
});
