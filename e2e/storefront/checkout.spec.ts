import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { storeIdOf, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { storefrontUrl } from '../fixtures/urls';

type StoreSlug = 'tech-gadgets' | 'outdoor-adventure' | 'demo-store';

/** A variant of an active product with plenty of stock, so repeated runs never sell out. */
function stockedVariant(storeSlug: StoreSlug) {
  return withE2eDatabase(async (db) => {
    const tenantId = await storeIdOf(db, storeSlug);
    const variant = await db.productVariant.findFirst({
      where: {
        tenantId,
        product: { status: 'active' },
        inventoryLevels: { some: { onHand: { gte: 100 } } },
      },
      orderBy: { id: 'asc' },
      select: { id: true, product: { select: { title: true } } },
    });
    if (variant === null) throw new Error(`No well-stocked variant in ${storeSlug}`);
    return { variantId: variant.id, productTitle: variant.product.title };
  });
}

/**
 * Puts a line in this browser's cart through the API from the page itself (Chromium resolves
 * `*.localhost`; the cart cookie lands in the browser as it would from the product page).
 */
async function addToCart(page: Page, storeSlug: StoreSlug) {
  const { variantId, productTitle } = await stockedVariant(storeSlug);
  await page.goto(`${storefrontUrl(storeSlug)}/api/trpc/health.check`);
  const status = await page.evaluate(
    async (input) => {
      const response = await fetch('/api/trpc/storefront.cart.addLine', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: input }),
      });
      return response.status;
    },
    { variantId, quantity: 1 },
  );
  expect(status).toBe(200);
  return { productTitle };
}

function ordersFor(email: string) {
  return withE2eDatabase((db) =>
    db.order.findMany({ where: { email }, select: { id: true, number: true, status: true } }),
  );
}

function uniqueEmail(label: string) {
  return `checkout-${label}-${randomUUID().slice(0, 8)}@example.com`;
}

function contactEmail(page: Page) {
  return page
    .getByRole('region', { name: 'Contact' })
    .getByRole('textbox', { name: 'Email', exact: true });
}

async function fillContact(page: Page, email: string) {
  await contactEmail(page).fill(email);
  await page.getByRole('button', { name: 'Continue to shipping' }).click();
}

async function fillAddress(page: Page, address: { city: string; postalCode: string }) {
  const form = page.getByRole('region', { name: 'Shipping address' });
  await form.getByLabel('First name').fill('Robin');
  await form.getByLabel('Last name').fill('Guest');
  await form.getByRole('textbox', { name: 'Address', exact: true }).fill('12 Market Street');
  await form.getByLabel('City').fill(address.city);
  await form.getByLabel('Postal code').fill(address.postalCode);
  await page.getByRole('button', { name: 'Continue to delivery' }).click();
}

/** Contact, US address, the first delivery option and the manual payment: ready to place. */
async function completeSteps(page: Page, email: string) {
  await fillContact(page, email);
  await fillAddress(page, { city: 'Springfield', postalCode: '62701' });
  const delivery = page.getByRole('region', { name: 'Delivery' });
  await expect(delivery.getByRole('radio').first()).toBeChecked();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('radio', { name: /Bank transfer or pay on delivery/ })).toBeChecked();
  await page.getByRole('button', { name: 'Review order' }).click();
  await expect(page.getByRole('button', { name: 'Place order', exact: true })).toBeEnabled();
}

test.describe('storefront checkout', () => {
  test('a guest checks out with the manual provider and downloads the invoice', async ({
    page,
  }) => {
    const email = uniqueEmail('guest');
    const { productTitle } = await addToCart(page, 'tech-gadgets');
    await page.goto(`${storefrontUrl('tech-gadgets')}/checkout`);
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();

    await completeSteps(page, email);
    const review = page.getByRole('region', { name: 'Review and place order' });
    await expect(review.getByText(productTitle)).toBeVisible();
    await expect(review.getByText(/^Total \(USD\)$/)).toBeVisible();
    await review.getByRole('button', { name: 'Place order', exact: true }).click();

    await page.waitForURL(/\/checkout\/confirmation\/[a-z0-9]+$/);
    const [order] = await ordersFor(email);
    expect(order).toMatchObject({ status: 'pending_payment' });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Thank you, Robin! Your order is placed.' }),
    ).toBeVisible();
    await expect(page.getByText(`Order #${String(order?.number)}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to pay' })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download invoice (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`invoice-${String(order?.number)}.pdf`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('missing and too-long fields get messages next to them', async ({ page }) => {
    await addToCart(page, 'tech-gadgets');
    await page.goto(`${storefrontUrl('tech-gadgets')}/checkout`);

    await fillContact(page, 'not an email');
    const email = contactEmail(page);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
    await fillContact(page, uniqueEmail('invalid'));

    const shipping = page.getByRole('region', { name: 'Shipping address' });
    await page.getByRole('button', { name: 'Continue to delivery' }).click();
    await expect(shipping.getByRole('alert')).toContainText('Some details need fixing');
    await expect(shipping.getByLabel('First name')).toHaveAccessibleDescription(
      'Enter a first name',
    );
    await expect(
      shipping.getByRole('textbox', { name: 'Address', exact: true }),
    ).toHaveAccessibleDescription('Enter a street address');
    await expect(shipping.getByLabel('Postal code')).toHaveAccessibleDescription(
      'Enter a postal code',
    );
    // Focus goes to the first field to fix.
    await expect(shipping.getByLabel('First name')).toBeFocused();

    await shipping.getByLabel('First name').fill('Robin');
    await shipping.getByLabel('Last name').fill('Guest');
    await shipping.getByRole('textbox', { name: 'Address', exact: true }).fill('x'.repeat(161));
    await shipping.getByLabel('City').fill('Springfield');
    await shipping.getByLabel('Postal code').fill('1'.repeat(17));
    await page.getByRole('button', { name: 'Continue to delivery' }).click();
    await expect(
      shipping.getByRole('textbox', { name: 'Address', exact: true }),
    ).toHaveAccessibleDescription('Use at most 160 characters');
    await expect(shipping.getByLabel('Postal code')).toHaveAccessibleDescription(
      'Use at most 16 characters',
    );
    await expect(shipping.getByLabel('First name')).not.toHaveAttribute('aria-invalid');

    await shipping.getByRole('textbox', { name: 'Address', exact: true }).fill('12 Market Street');
    await shipping.getByLabel('Postal code').fill('62701');
    await page.getByRole('button', { name: 'Continue to delivery' }).click();
    await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeVisible();
  });

  test('an empty cart gets a friendly page with the way back', async ({ page }) => {
    const response = await page.goto(`${storefrontUrl('tech-gadgets')}/checkout`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Continue shopping' }).click();
    await expect(page).toHaveURL(`${storefrontUrl('tech-gadgets')}/`);
  });

  test('a double click on "Place order" places one order', async ({ page }) => {
    const email = uniqueEmail('double');
    await addToCart(page, 'tech-gadgets');
    await page.goto(`${storefrontUrl('tech-gadgets')}/checkout`);
    await completeSteps(page, email);

    let placeRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('storefront.checkout.placeOrder')) placeRequests += 1;
    });
    await page.getByRole('button', { name: 'Place order', exact: true }).dblclick();
    await page.waitForURL(/\/checkout\/confirmation\/[a-z0-9]+$/);

    expect(placeRequests).toBe(1);
    expect(await ordersFor(email)).toHaveLength(1);
  });

  test('another store checks out in its own currency (EUR)', async ({ page }) => {
    await addToCart(page, 'outdoor-adventure');
    await page.goto(`${storefrontUrl('outdoor-adventure')}/checkout`);
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    await expect(summary.getByText('Total (EUR)')).toBeVisible();
    await expect(summary.getByRole('definition').last()).toHaveText(/^\d[\d.]*,\d{2}\s€$/);
    await expect(page.getByRole('main').getByText('$')).toHaveCount(0);

    await fillContact(page, uniqueEmail('eur'));
    const shipping = page.getByRole('region', { name: 'Shipping address' });
    await expect(shipping.getByLabel('Country')).toHaveValue('DE');
    await fillAddress(page, { city: 'München', postalCode: '80331' });
    const delivery = page.getByRole('region', { name: 'Delivery' });
    await expect(delivery.getByRole('radio').first()).toBeChecked();
    await expect(delivery.getByText(/€|Free/).first()).toBeVisible();
  });
});

test.describe('storefront checkout payment methods', () => {
  // Demo Store takes cards for this test only; its settings are put back afterwards.
  const storeSlug = 'demo-store';
  let restore: (() => Promise<void>) | null = null;

  test.beforeEach(async () => {
    restore = await withE2eDatabase(async (db) => {
      const tenantId = await storeIdOf(db, storeSlug);
      const key = { tenantId_key: { tenantId, key: 'payments' } };
      const previous = await db.tenantSetting.findUnique({ where: key });
      await db.tenantSetting.upsert({
        where: key,
        create: {
          tenantId,
          key: 'payments',
          value: {
            enabledProviders: ['manual', 'stripe'],
            stripe: { publishableKey: 'pk_test_e2eCheckoutKey' },
          },
        },
        update: {
          value: {
            enabledProviders: ['manual', 'stripe'],
            stripe: { publishableKey: 'pk_test_e2eCheckoutKey' },
          },
        },
      });
      // Readiness only looks at which secrets are stored; checkout never decrypts them here.
      const secrets = ['secretKey', 'webhookSecret'].map((name) => ({
        tenantId,
        provider: 'stripe',
        name,
        keyId: 'e2e',
        iv: 'e2e',
        authTag: 'e2e',
        ciphertext: 'e2e',
        hint: '••••e2e',
      }));
      const existing = await db.credential.findMany({ where: { tenantId, provider: 'stripe' } });
      await db.credential.createMany({ data: secrets, skipDuplicates: true });
      return async () => {
        await withE2eDatabase(async (cleanup) => {
          if (existing.length === 0) {
            await cleanup.credential.deleteMany({ where: { tenantId, provider: 'stripe' } });
          }
          if (previous === null)
            await cleanup.tenantSetting.deleteMany({ where: key.tenantId_key });
          else {
            await cleanup.tenantSetting.update({
              where: key,
              data: { value: previous.value ?? {} },
            });
          }
        });
      };
    });
  });

  test.afterEach(async () => {
    await restore?.();
    restore = null;
  });

  test('cards are offered once Stripe is configured, and a blocked Stripe.js is explained', async ({
    page,
  }) => {
    const stripeRequests: string[] = [];
    await page.route('https://js.stripe.com/**', async (route) => {
      stripeRequests.push(route.request().url());
      await route.abort('internetdisconnected');
    });
    await addToCart(page, storeSlug);
    await page.goto(`${storefrontUrl(storeSlug)}/checkout`);
    await fillContact(page, uniqueEmail('stripe'));
    await fillAddress(page, { city: 'Chicago', postalCode: '60601' });
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    const manual = page.getByRole('radio', { name: /Bank transfer or pay on delivery/ });
    const card = page.getByRole('radio', { name: /Credit or debit card/ });
    await expect(manual).toBeChecked();
    await expect(card).toBeVisible();
    // Paying by hand fetches nothing from Stripe.
    expect(stripeRequests).toEqual([]);

    await card.check();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Card payments could not be loaded' }),
    ).toBeVisible();
    expect(stripeRequests.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Review order' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'choose another payment method' }).first(),
    ).toBeVisible();

    // The shopper can still pay another way.
    await manual.check();
    await page.getByRole('button', { name: 'Review order' }).click();
    await expect(page.getByRole('button', { name: 'Place order', exact: true })).toBeEnabled();
  });
});
