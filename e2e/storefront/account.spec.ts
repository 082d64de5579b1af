import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  addShipment,
  createShopper,
  createShopperOrder,
  latestOutboxEmailText,
  openShopperSession,
  type Shopper,
  withE2eDatabase,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { storefrontUrl } from '../fixtures/urls';

const store = { slug: 'tech-gadgets', name: 'Tech Gadgets' } as const;
const home = storefrontUrl(store.slug);
// Navigations wait up to 45 s: `next dev` compiles a route the first time it is visited. Every
// flow signs in, hashes passwords or renders emails on the server, which on a busy machine takes
// seconds per step: the waits below are upper bounds, never pauses.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

/** A shopper made in the database, so only the tests about signing in spend sign-in attempts. */
function newShopper(firstName: string, password = 'a long enough password'): Promise<Shopper> {
  return withE2eDatabase((db) => createShopper(db, { storeSlug: store.slug, firstName, password }));
}

/** Signs the browser in as `shopper` by handing it a fresh session cookie. */
async function signInAs(context: BrowserContext, shopper: Shopper): Promise<void> {
  const token = await withE2eDatabase((db) =>
    openShopperSession(db, { storeSlug: store.slug, customerId: shopper.customerId }),
  );
  await context.addCookies([{ name: 'storeloom_customer', value: token, url: home }]);
}

/** The link in the newest email of `templateKey` to `to` (polled: the outbox write can trail). */
async function emailedLink(to: string, templateKey: string, path: string): Promise<string> {
  const read = () =>
    withE2eDatabase((db) => latestOutboxEmailText(db, { storeSlug: store.slug, to, templateKey }));
  await expect.poll(read).not.toBeNull();
  const text = (await read()) ?? '';
  const link = new RegExp(`http://\\S+${path}\\?token=[\\w-]+`).exec(text)?.[0];
  if (link === undefined) throw new Error(`No ${path} link in the email:\n${text}`);
  return link;
}

function main(page: Page) {
  return page.getByRole('main');
}

function accountLink(page: Page, name: string) {
  return page.getByRole('banner').getByRole('link', { name, exact: true });
}

async function signOut(page: Page) {
  await page.goto(`${home}/account`);
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('button', { name: 'Sign out' })
    .click();
  await expect(page).toHaveURL(`${home}/`, { timeout: 45_000 });
  await expect(accountLink(page, 'Sign in')).toBeVisible();
}

test.describe('customer account', () => {
  test('signs up, signs out and signs in again', async ({ page }) => {
    // Three full page loads after three password hashes: the longest flow here.
    test.setTimeout(180_000);
    const email = `new-${randomUUID().slice(0, 8)}@example.com`;
    await page.goto(`${home}/account/sign-up`);
    await expect(page.getByRole('heading', { level: 1, name: 'Create account' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'sign up');

    const form = page.getByRole('form', { name: 'Create account' });
    await form.getByLabel('First name').fill('Ada');
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await form.getByLabel(/^Password/).fill('too short');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByText('Use at least 10 characters')).toBeVisible();
    await expect(form.getByLabel(/^Password/)).toBeFocused();

    await form.getByLabel(/^Password/).fill('correct horse battery');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(`${home}/account`, { timeout: 45_000 });
    await expect(main(page).getByRole('heading', { level: 1, name: 'Hi, Ada' })).toBeVisible();
    await expect(accountLink(page, 'Ada')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'account overview');

    await signOut(page);

    await page.goto(`${home}/account/sign-in`);
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await signIn.getByLabel(/^Password/).fill('not the password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('alert')).toHaveText('Email or password is incorrect');
    await signIn.getByLabel(/^Password/).fill('correct horse battery');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${home}/account`, { timeout: 45_000 });
    await expect(accountLink(page, 'Ada')).toBeVisible();
  });

  test('a signed-out visit to an account page signs in and comes back', async ({ page }) => {
    const shopper = await newShopper('Grace');
    await page.goto(`${home}/account/addresses`);
    await expect(page).toHaveURL(`${home}/account/sign-in?next=%2Faccount%2Faddresses`, {
      timeout: 45_000,
    });
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByRole('textbox', { name: 'Email', exact: true }).fill(shopper.email);
    await signIn.getByLabel(/^Password/).fill(shopper.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${home}/account/addresses`, { timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Your addresses' })).toBeVisible();
  });

  test('resets a forgotten password from the emailed link and is signed in', async ({ page }) => {
    const shopper = await newShopper('Hedy');
    await page.goto(`${home}/account/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page).toHaveURL(`${home}/account/forgot-password`, { timeout: 45_000 });
    const request = page.getByRole('form', { name: 'Email me a reset link' });
    await request.getByRole('textbox', { name: 'Email', exact: true }).fill(shopper.email);
    await request.getByRole('button', { name: 'Email me a reset link' }).click();
    // The same words whether or not the address has an account.
    await expect(main(page).getByRole('status')).toContainText(
      `If an account exists for ${shopper.email}, we have sent it a link`,
    );

    const link = await emailedLink(
      shopper.email,
      'customer_password_reset',
      '/account/reset-password',
    );
    expect(link.startsWith(`${home}/account/reset-password?token=`)).toBe(true);
    await page.goto(link);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choose a new password' }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'reset password');

    const form = page.getByRole('form', { name: 'Choose a new password' });
    await form.getByLabel(/^New password/).fill('my brand new password');
    await form.getByLabel(/^Confirm new password/).fill('my brand new password');
    await form.getByRole('button', { name: 'Save password and sign in' }).click();
    await expect(page).toHaveURL(`${home}/account?notice=password-changed`, { timeout: 45_000 });
    await expect(main(page).getByText('Your password was changed')).toBeVisible();
    await expect(accountLink(page, 'Hedy')).toBeVisible();

    // The link worked once.
    await page.goto(link);
    await form.getByLabel(/^New password/).fill('yet another password');
    await form.getByLabel(/^Confirm new password/).fill('yet another password');
    await form.getByRole('button', { name: 'Save password and sign in' }).click();
    await expect(form.getByRole('alert')).toContainText('This link was already used');

    // The new password signs in; the old one no longer does.
    await signOut(page);
    await page.goto(`${home}/account/sign-in`);
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByRole('textbox', { name: 'Email', exact: true }).fill(shopper.email);
    await signIn.getByLabel(/^Password/).fill(shopper.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('alert')).toHaveText('Email or password is incorrect');
    await signIn.getByLabel(/^Password/).fill('my brand new password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${home}/account`, { timeout: 45_000 });
  });

  test('signs in with an emailed magic link, once', async ({ page }) => {
    const shopper = await newShopper('Radia');
    await page.goto(`${home}/account/sign-in`);
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    const request = page.getByRole('form', { name: 'Email me a sign-in link' });
    await request.getByRole('textbox', { name: 'Email', exact: true }).fill(shopper.email);
    await request.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(main(page).getByRole('status')).toContainText('Check your email');

    const link = await emailedLink(shopper.email, 'customer_magic_link', '/account/magic-link');
    // Opening the link (as a mail scanner would) does not sign in or use the token up.
    await page.goto(link);
    await expect(accountLink(page, 'Sign in')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'magic link');
    await main(page)
      .getByRole('button', { name: `Sign in to ${store.name}` })
      .click();
    await expect(page).toHaveURL(`${home}/account`, { timeout: 45_000 });
    await expect(accountLink(page, 'Radia')).toBeVisible();

    await signOut(page);
    await page.goto(link);
    await main(page)
      .getByRole('button', { name: `Sign in to ${store.name}` })
      .click();
    await expect(main(page).getByRole('alert')).toContainText('This link was already used');
  });

  test('keeps an address book: add, edit, default, delete', async ({ page, context }) => {
    const shopper = await newShopper('Katherine');
    await signInAs(context, shopper);
    await page.goto(`${home}/account/addresses`);
    await expect(main(page).getByText('No saved addresses yet')).toBeVisible();

    await main(page).getByRole('button', { name: 'Add a new address' }).click();
    const form = page.getByRole('form', { name: 'New address' });
    await form.getByRole('button', { name: 'Add address' }).click();
    await expect(form.getByText('Enter a first name')).toBeVisible();
    await expect(form.getByText('Enter a street address')).toBeVisible();
    await form.getByLabel('First name').fill('Katherine');
    await form.getByLabel('Last name').fill('Johnson');
    await form.getByRole('textbox', { name: 'Address', exact: true }).fill('x'.repeat(161));
    await form.getByLabel('City').fill('Hampton');
    await form.getByLabel('Postal code').fill('23666');
    await form.getByRole('button', { name: 'Add address' }).click();
    await expect(form.getByText('Use at most 160 characters')).toBeVisible();
    await form.getByRole('textbox', { name: 'Address', exact: true }).fill('1 Langley Road');
    await form.getByRole('button', { name: 'Add address' }).click();
    await expect(main(page).getByRole('status')).toContainText('Address added.');

    const first = main(page).getByRole('listitem', { name: /1 Langley Road/ });
    await expect(first.getByText('Default shipping', { exact: true })).toBeVisible();
    await expect(first.getByText('Default billing', { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'address book');

    await first.getByRole('button', { name: 'Edit 1 Langley Road' }).click();
    const edit = page.getByRole('form', { name: 'Edit address' });
    await edit.getByLabel('Apartment, suite, etc. (optional)').fill('Building 1244');
    await edit.getByRole('button', { name: 'Save address' }).click();
    await expect(main(page).getByRole('status')).toContainText('Address saved.');
    await expect(first.getByText('Building 1244')).toBeVisible();

    await main(page).getByRole('button', { name: 'Add a new address' }).click();
    const second = page.getByRole('form', { name: 'New address' });
    await second.getByLabel('First name').fill('Katherine');
    await second.getByLabel('Last name').fill('Johnson');
    await second.getByRole('textbox', { name: 'Address', exact: true }).fill('2 Mercury Way');
    await second.getByLabel('City').fill('Houston');
    await second.getByLabel('Postal code').fill('77058');
    await second.getByRole('button', { name: 'Add address' }).click();
    const other = main(page).getByRole('listitem', { name: /2 Mercury Way/ });
    await expect(other).toBeVisible();
    await other.getByRole('button', { name: 'Make default billing (2 Mercury Way)' }).click();
    await expect(main(page).getByRole('status')).toContainText('Default billing address updated.');
    await expect(other.getByText('Default billing', { exact: true })).toBeVisible();
    await expect(first.getByText('Default billing', { exact: true })).toHaveCount(0);

    await other.getByRole('button', { name: 'Delete 2 Mercury Way' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this address?' });
    await expect(dialog).toContainText('2 Mercury Way, Houston');
    await dialog.getByRole('button', { name: 'Delete address' }).click();
    await expect(main(page).getByRole('status')).toContainText('Address deleted.');
    await expect(other).toHaveCount(0);
    await expect(first).toBeVisible();
  });

  test('lists orders and shows a shipment as soon as the store adds it', async ({
    page,
    context,
  }) => {
    // The order page asks for news every 30 seconds; allow one round and the setup around it.
    test.setTimeout(180_000);
    const shopper = await newShopper('Margaret');
    await signInAs(context, shopper);
    const order = await withE2eDatabase((db) =>
      createShopperOrder(db, {
        storeSlug: store.slug,
        customerId: shopper.customerId,
        stage: 'processing',
      }),
    );

    await page.goto(`${home}/account/orders`);
    const row = main(page)
      .getByRole('listitem')
      .filter({ hasText: `Order #${order.number}` });
    await expect(row.getByText('Processing')).toBeVisible();
    await expect(row.getByText('2 items')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'orders');
    await row.getByRole('link', { name: `Order #${order.number}` }).click();

    await expect(page).toHaveURL(`${home}/account/orders/${order.orderId}`, { timeout: 45_000 });
    await expect(
      page.getByRole('heading', { level: 1, name: `Order #${order.number}` }),
    ).toBeVisible();
    const shipments = main(page).getByRole('region', { name: 'Shipments' });
    await expect(shipments).toContainText('Nothing has shipped yet');
    await expect(main(page).getByRole('region', { name: 'Items' })).toContainText(order.itemName);
    await expect(main(page).getByRole('link', { name: 'Download invoice (PDF)' })).toHaveAttribute(
      'href',
      `/account/orders/${order.orderId}/invoice`,
    );
    await expectNoSeriousAxeViolations(page, 'order detail');

    const tracking = await withE2eDatabase((db) =>
      addShipment(db, { storeSlug: store.slug, orderId: order.orderId }),
    );
    // No reload: the page's own refresh brings the parcel in.
    await expect(shipments.getByText(tracking.trackingNumber)).toBeVisible({ timeout: 45_000 });
    await expect(shipments.getByRole('link', { name: /Track parcel/ })).toHaveAttribute(
      'href',
      tracking.trackingUrl,
    );
    await expect(main(page).getByText('Shipped', { exact: true }).first()).toBeVisible();
  });

  test('requests a return of a delivered item and sees it as requested', async ({
    page,
    context,
  }) => {
    const shopper = await newShopper('Barbara');
    await signInAs(context, shopper);
    const order = await withE2eDatabase((db) =>
      createShopperOrder(db, {
        storeSlug: store.slug,
        customerId: shopper.customerId,
        stage: 'delivered',
      }),
    );

    await page.goto(`${home}/account/orders/${order.orderId}`);
    const returns = main(page).getByRole('region', { name: 'Returns' });
    await returns.getByRole('button', { name: 'Request a return' }).click();
    const form = page.getByRole('form', { name: 'Request a return' });
    await form.getByRole('button', { name: 'Request return' }).click();
    await expect(form.getByText('Choose at least one item to return')).toBeVisible();
    await expect(form.getByLabel('Reason')).toHaveAccessibleDescription('Choose a reason');

    await form.getByLabel(`${order.itemName}, how many to return`).selectOption('1');
    await form.getByLabel('Reason').selectOption('Arrived damaged or faulty');
    await form.getByLabel('Anything the store should know? (optional)').fill('The box was crushed');
    await expectNoSeriousAxeViolations(page, 'return request');
    await form.getByRole('button', { name: 'Request return' }).click();

    await expect(returns.getByRole('status')).toContainText(/Return #\d+ requested/);
    const request = returns.getByRole('listitem').filter({ hasText: /^Return #\d+/ });
    await expect(request.getByText('Requested', { exact: true })).toBeVisible();
    await expect(request).toContainText('Arrived damaged or faulty');
    await expect(request).toContainText(`1 × ${order.itemName}`);
    // One of the two units is still returnable.
    await returns.getByRole('button', { name: 'Request a return' }).click();
    await expect(
      form.getByLabel(`${order.itemName}, how many to return`).locator('option'),
    ).toHaveText(['0', '1']);
  });

  test("another shopper's order is not found", async ({ page, context }) => {
    const owner = await newShopper('Owner');
    const order = await withE2eDatabase((db) =>
      createShopperOrder(db, {
        storeSlug: store.slug,
        customerId: owner.customerId,
        stage: 'shipped',
      }),
    );
    await signInAs(context, await newShopper('Nosy'));
    await page.goto(`${home}/account/orders/${order.orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
    await expect(page.getByText(order.shipment?.trackingNumber ?? 'none')).toHaveCount(0);
    // Fetched by the page itself: same origin, with the session cookie.
    const invoiceStatus = await page.evaluate(
      (path) => fetch(path).then((response) => response.status),
      `/account/orders/${order.orderId}/invoice`,
    );
    expect(invoiceStatus).toBe(404);
  });
});
