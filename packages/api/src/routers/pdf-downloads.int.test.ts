import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import { extractPdfText } from '@storeloom/core/documents/testing/pdf-text';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import type { DocumentFile } from '@storeloom/validators';

import { CUSTOMER_SESSION_COOKIE } from '../session/shopper-cookies.ts';
import { callerFor, requestFor, sessionFor } from '../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const merchant = (store = storeA(), role: 'owner' | 'viewer' = 'viewer') =>
  callerFor(setup.database, { session: sessionFor(store.members[role], store.tenantId) });
const shopper = (store = storeA(), sessionToken = store.shopper.sessionToken) =>
  callerFor(setup.database, {
    app: 'storefront',
    host: store.host,
    cookies: { [CUSTOMER_SESSION_COOKIE]: sessionToken },
  });

/** The download's bytes and text, the layout's runs of spaces collapsed. */
async function opened(file: DocumentFile) {
  const bytes = Buffer.from(file.base64, 'base64');
  const text = (await extractPdfText(bytes)).text.replace(/[ \u00a0]+/g, ' ');
  return { bytes, text };
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe('merchant PDF downloads', () => {
  it('orders.invoicePdf: the invoice with the order number and total, for any member', async () => {
    const file = await merchant().orders.invoicePdf({ orderId: storeA().ids.orderId });
    expect(file).toMatchObject({ filename: 'invoice-1.pdf', contentType: 'application/pdf' });
    const { bytes, text } = await opened(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('Alpha Goods');
    expect(text).toContain('Order: #1');
    expect(text).toMatch(/Total \$19\.99/);
  });

  it('orders.packingSlipPdf: the shipment with tracking and no prices', async () => {
    const file = await merchant().orders.packingSlipPdf({
      orderId: storeA().ids.orderId,
      shipmentId: storeA().ids.shipmentId,
    });
    const { bytes, text } = await opened(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('ALPHA-SKU');
    expect(text).toContain('alpha-TRACK');
    expect(text).not.toContain('$');
  });

  it('estimates.pdf: labour as hours x rate', async () => {
    const file = await merchant().estimates.pdf({ estimateId: storeA().ids.estimateId });
    expect(file.filename).toBe('estimate-1.pdf');
    const { text } = await opened(file);
    expect(text).toContain('Estimate: #1');
    expect(text).toContain('2 h × $50.00');
    expect(text).toMatch(/Labour subtotal \$100\.00/);
  });

  it("answers NOT_FOUND for another store's order, shipment and estimate", async () => {
    const b = merchant(storeB(), 'owner');
    expect(await codeOf(b.orders.invoicePdf({ orderId: storeA().ids.orderId }))).toBe('NOT_FOUND');
    expect(await codeOf(b.orders.packingSlipPdf({ orderId: storeA().ids.orderId }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(
        b.orders.packingSlipPdf({
          orderId: storeB().ids.orderId,
          shipmentId: storeA().ids.shipmentId,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await codeOf(b.estimates.pdf({ estimateId: storeA().ids.estimateId }))).toBe(
      'NOT_FOUND',
    );
  });

  it('answers BAD_REQUEST with a message for a malformed or oversized id', async () => {
    const error = await merchant()
      .orders.invoicePdf({ orderId: 'x'.repeat(100_000) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toContain('Id is too long');
    expect(
      await codeOf(
        merchant().orders.packingSlipPdf({ orderId: storeA().ids.orderId, shipmentId: '../x' }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('storefront PDF downloads', () => {
  it("storefront.account.orders.invoicePdf: the shopper's own order", async () => {
    const file = await shopper().storefront.account.orders.invoicePdf({
      orderId: storeA().ids.orderId,
    });
    const { bytes, text } = await opened(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('Order: #1');
    expect(text).toMatch(/Total \$19\.99/);
  });

  it("refuses someone else's invoice, another store's, and a shopper who is not signed in", async () => {
    // Another shopper of the same store, signed in through the real sign-up.
    const signUp = requestFor(setup.database, { app: 'storefront', host: storeA().host });
    await signUp.caller.storefront.account.signUp({
      email: 'other@example.com',
      password: 'long enough pass',
    });
    const token = decodeURIComponent(
      signUp.resHeaders
        .getSetCookie()
        .find((cookie) => cookie.startsWith(`${CUSTOMER_SESSION_COOKIE}=`))
        ?.split(';')[0]
        ?.split('=')[1] ?? '',
    );
    expect(token).not.toBe('');
    const input = { orderId: storeA().ids.orderId };
    expect(await codeOf(shopper(storeA(), token).storefront.account.orders.invoicePdf(input))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(shopper(storeB()).storefront.account.orders.invoicePdf(input))).toBe(
      'NOT_FOUND',
    );
    const anonymous = callerFor(setup.database, { app: 'storefront', host: storeA().host });
    expect(await codeOf(anonymous.storefront.account.orders.invoicePdf(input))).toBe(
      'UNAUTHORIZED',
    );
  });

  it('storefront.estimates.pdf: opens with the link token only', async () => {
    const { token } = await merchant(storeA(), 'owner').estimates.send({
      estimateId: storeA().ids.estimateId,
    });
    const visitor = callerFor(setup.database, { app: 'storefront', host: storeA().host });
    const { text } = await opened(await visitor.storefront.estimates.pdf({ token }));
    expect(text).toContain('Estimate of alpha');
    expect(await codeOf(visitor.storefront.estimates.pdf({ token: 'not-a-real-token' }))).toBe(
      'NOT_FOUND',
    );
    const elsewhere = callerFor(setup.database, { app: 'storefront', host: storeB().host });
    expect(await codeOf(elsewhere.storefront.estimates.pdf({ token }))).toBe('NOT_FOUND');
  });
});
