import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { storeIdOf, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { storefrontUrl, urls } from '../fixtures/urls';

// The whole shopper journey, once per store, on two stores with different catalogues and
// currencies: home, a category, a misspelt search, a filter, a variant, the cart drawer, a
// discount code, an account made on the way to checkout, the manual payment provider, the
// confirmation, the order in the account and the same order on the merchant's order desk.
// WELCOME10 (10% off, once per customer) is in every demo store's seed and the shopper is new.
const journeys = [
  {
    storeSlug: 'tech-gadgets',
    currency: 'USD',
    owner: 'Tech Gadgets Owner',
    category: 'Computing',
    search: { typed: 'Lumen Mechanicl Keyboard', product: 'Lumen Mechanical Keyboard' },
    address: { city: 'Springfield', postalCode: '62701' },
  },
  {
    storeSlug: 'outdoor-adventure',
    currency: 'EUR',
    owner: 'Outdoor Adventure Owner',
    category: 'Clothing',
    search: { typed: 'Stormshel Rain Jackt', product: 'Stormshell Rain Jacket' },
    address: { city: 'München', postalCode: '80331' },
  },
] as const;

const DISCOUNT_CODE = 'WELCOME10';

// Each journey loads a dozen pages and hashes a password: minutes are an upper bound, not a pause.
test.describe.configure({ timeout: 150_000 });

interface VariantToPick {
  variantId: string;
  title: string;
  /** Its option values in the page's order, e.g. [{ option: 'Switch', value: 'Brown' }]. */
  choices: { option: string; value: string }[];
}

/**
 * The best-stocked variant of a seeded product other than the one its page opens on (the first
 * in stock), so picking it changes the selection. Buying one unit a run never sells it out.
 */
function variantToPick(storeSlug: string, productTitle: string): Promise<VariantToPick> {
  return withE2eDatabase(async (db) => {
    const tenantId = await storeIdOf(db, storeSlug);
    const variants = await db.productVariant.findMany({
      where: { tenantId, product: { title: productTitle, status: 'active' } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        inventoryLevels: { select: { onHand: true, reserved: true } },
        optionValues: {
          select: { optionValue: { select: { value: true, option: true } } },
        },
      },
    });
    const stocked = variants.map((variant) => ({
      variant,
      units: variant.inventoryLevels.reduce((sum, level) => sum + level.onHand - level.reserved, 0),
    }));
    const opensOn = stocked.find((entry) => entry.units > 0);
    const best = stocked
      .filter((entry) => entry !== opensOn && entry.units >= 5)
      .sort((a, b) => b.units - a.units)[0];
    if (best === undefined) throw new Error(`${productTitle} has no second well-stocked variant`);
    const choices = best.variant.optionValues
      .map(({ optionValue }) => optionValue)
      .sort((a, b) => a.option.position - b.option.position)
      .map((optionValue) => ({ option: optionValue.option.name, value: optionValue.value }));
    return { variantId: best.variant.id, title: best.variant.title, choices };
  });
}

/** Amounts as the page shows them ("$143.99", "179,10 €") in minor units: both have cents. */
function minorUnits(text: string): number {
  return Number(text.replace(/\D/g, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function searchResults(page: Page) {
  return page.getByRole('region', { name: 'Products' });
}

/** The merchant's order desk, read through the admin API as the store's owner after signing in. */
async function merchantOrders(browser: Browser, owner: string, search: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByRole('button', { name: new RegExp(`Sign in as ${owner}`) }).click();
    await expect(page).toHaveURL(`${urls.admin}/`);
    const input = encodeURIComponent(JSON.stringify({ json: { search } }));
    const response = await page.request.get(`${urls.admin}/api/trpc/orders.list?input=${input}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      result: {
        data: {
          json: {
            items: { number: number; total: number; currency: string; email: string }[];
          };
        };
      };
    };
    return body.result.data.json.items;
  } finally {
    await context.close();
  }
}

test.describe('storefront shopper journey', () => {
  for (const journey of journeys) {
    test(`${journey.storeSlug}: browse, search, filter, pick, discount, sign up, check out, and the merchant sees the order`, async ({
      page,
      browser,
    }) => {
      const home = storefrontUrl(journey.storeSlug);
      const { product } = journey.search;
      const variant = await variantToPick(journey.storeSlug, product);
      const [filter] = variant.choices;
      if (filter === undefined) throw new Error(`${product} has no options to pick`);

      await test.step('from the home page into a category', async () => {
        await page.goto(home);
        await page
          .getByRole('banner')
          .getByRole('navigation', { name: 'Categories' })
          .getByRole('link', { name: journey.category, exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`/categories/${journey.category.toLowerCase()}$`));
        await expect(page.getByRole('heading', { level: 1, name: journey.category })).toBeVisible();
        await expect(searchResults(page).getByRole('article').first()).toBeVisible();
      });

      await test.step('a misspelt search finds the product, and a filter narrows it', async () => {
        const searchBox = page.getByRole('combobox', { name: 'Search products' });
        await searchBox.fill(journey.search.typed);
        await searchBox.press('Enter');
        await page.waitForURL(/\/search\?q=/);
        await expect(searchResults(page).locator('a[href^="/products/"]').first()).toHaveText(
          product,
        );

        // The picked variant's first option value, as a facet: "Red (1 product)".
        const checkbox = page.getByRole('group', { name: filter.option }).getByRole('checkbox', {
          name: new RegExp(`^${escapeRegExp(filter.value)} \\(\\d+ products?\\)$`),
        });
        const label = page.locator(`label[for="${(await checkbox.getAttribute('id')) ?? ''}"]`);
        const matching = Number(/\((\d+) products?\)/.exec(await label.innerText())?.[1]);
        await checkbox.check();
        await page.waitForURL(
          (url) => url.searchParams.get(`option.${filter.option}`) === filter.value,
        );
        await expect(
          page.getByRole('link', { name: `Remove filter ${filter.option}: ${filter.value}` }),
        ).toBeVisible();
        await expect(searchResults(page).getByRole('article')).toHaveCount(matching);
        await searchResults(page).getByRole('link', { name: product }).first().click();
      });

      await test.step('a variant is picked and added to the cart', async () => {
        await expect(page.getByRole('heading', { level: 1, name: product })).toBeVisible();
        for (const choice of variant.choices) {
          const radio = page
            .getByRole('group', { name: new RegExp(`^${escapeRegExp(choice.option)}`) })
            .getByRole('radio', { name: new RegExp(`^${escapeRegExp(choice.value)}(,|$)`) });
          await expect(radio).toBeEnabled();
          await radio.check();
        }
        await expect(page).toHaveURL(new RegExp(`\\?variant=${variant.variantId}$`));
        await page.getByRole('button', { name: 'Add to cart' }).click();
        const drawer = page.getByRole('dialog', { name: /Your cart/ });
        await expect(drawer).toBeVisible();
        await expect(drawer.getByRole('link', { name: product })).toBeVisible();
        // The line is the picked variant, one of it.
        await expect(
          drawer.getByRole('textbox', { name: `Quantity of ${product} (${variant.title})` }),
        ).toHaveValue('1');
        await drawer.getByRole('link', { name: 'View cart' }).click();
      });

      await test.step('the discount code applies on the cart page', async () => {
        await expect(page).toHaveURL(`${home}/cart`);
        await page
          .getByRole('textbox', { name: 'Discount code' })
          .fill(DISCOUNT_CODE.toLowerCase());
        await page.getByRole('button', { name: 'Apply' }).click();
        await expect(
          page.getByRole('status').filter({ hasText: `${DISCOUNT_CODE} is applied` }),
        ).toBeVisible();
        const summary = page.getByRole('complementary', { name: 'Order summary' });
        await expect(summary.getByText('Discounts')).toBeVisible();
        await page.getByRole('link', { name: 'Checkout' }).click();
      });

      const email = `journey-${randomUUID().slice(0, 8)}@example.com`;
      await test.step('the shopper creates an account on the way to checkout', async () => {
        await expect(page).toHaveURL(`${home}/checkout`);
        await page
          .getByRole('region', { name: 'Contact' })
          .getByRole('link', { name: 'Sign in' })
          .click();
        await page.getByRole('link', { name: 'Create an account' }).click();
        await expect(page).toHaveURL(`${home}/account/sign-up?next=%2Fcheckout`);
        const form = page.getByRole('form', { name: 'Create account' });
        await form.getByLabel('First name').fill('Jules');
        await form.getByLabel('Last name').fill('Journey');
        await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
        await form.getByLabel(/^Password/).fill('a journey of many steps');
        await form.getByRole('button', { name: 'Create account' }).click();
        await expect(page).toHaveURL(`${home}/checkout`);
        const contact = page.getByRole('region', { name: 'Contact' });
        await expect(contact.getByText(`Signed in as ${email}.`)).toBeVisible();
        await expect(contact.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(
          email,
        );
      });

      let orderNumber = '';
      let total = 0;
      await test.step('checks out with the manual provider', async () => {
        await page.getByRole('button', { name: 'Continue to shipping' }).click();
        const shipping = page.getByRole('region', { name: 'Shipping address' });
        await shipping.getByLabel('First name').fill('Jules');
        await shipping.getByLabel('Last name').fill('Journey');
        await shipping
          .getByRole('textbox', { name: 'Address', exact: true })
          .fill('12 Market Street');
        await shipping.getByLabel('City').fill(journey.address.city);
        await shipping.getByLabel('Postal code').fill(journey.address.postalCode);
        await page.getByRole('button', { name: 'Continue to delivery' }).click();
        await expect(
          page.getByRole('region', { name: 'Delivery' }).getByRole('radio').first(),
        ).toBeChecked();
        await page.getByRole('button', { name: 'Continue to payment' }).click();
        await expect(
          page.getByRole('radio', { name: /Bank transfer or pay on delivery/ }),
        ).toBeChecked();
        await page.getByRole('button', { name: 'Review order' }).click();
        const review = page.getByRole('region', { name: 'Review and place order' });
        await expect(review.getByText(product)).toBeVisible();
        await review.getByRole('button', { name: 'Place order', exact: true }).click();

        await page.waitForURL(/\/checkout\/confirmation\/[a-z0-9]+$/);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Thank you, Jules! Your order is placed.' }),
        ).toBeVisible();
        const numberText = await page.getByText(/^Order #\d+$/).innerText();
        orderNumber = numberText.replace('Order #', '');
        const summary = page.getByRole('complementary', { name: 'Order summary' });
        await expect(summary.getByText(`Discount (${DISCOUNT_CODE})`)).toBeVisible();
        await expect(summary.getByText(`Total (${journey.currency})`)).toBeVisible();
        total = minorUnits(await summary.getByRole('definition').last().innerText());
        expect(total).toBeGreaterThan(0);
      });

      await test.step('the order is in the shopper account', async () => {
        await page.goto(`${home}/account/orders`);
        const row = page
          .getByRole('main')
          .getByRole('listitem')
          .filter({ hasText: `Order #${orderNumber}` });
        await expect(row.getByRole('link', { name: `Order #${orderNumber}` })).toBeVisible();
        await expect(row.getByText('1 item')).toBeVisible();
        const rowTotal = row.getByRole('paragraph').filter({ hasText: /^Total / });
        expect(minorUnits(await rowTotal.innerText())).toBe(total);
      });

      await test.step("the order is on the merchant's order desk", async () => {
        const orders = await merchantOrders(browser, journey.owner, orderNumber);
        expect(orders).toContainEqual(
          expect.objectContaining({
            number: Number(orderNumber),
            total,
            currency: journey.currency,
            email,
          }),
        );
      });
    });
  }
});
