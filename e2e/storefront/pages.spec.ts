import { randomBytes } from 'node:crypto';

import { expect, test, type Page } from '@playwright/test';
import {
  createThemedStore,
  publishTestPage,
  removeTestPage,
  removeThemedStore,
  withE2eDatabase,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { storefrontUrl } from '../fixtures/urls';

// Copy from the demo seed (packages/db/src/seed: store profiles and generate/pages.ts).
const stores = [
  {
    slug: 'tech-gadgets',
    name: 'Tech Gadgets',
    other: 'Outdoor Adventure',
    hero: 'Gear that just works',
    testimonial: 'Ethan, Seattle',
  },
  {
    slug: 'outdoor-adventure',
    name: 'Outdoor Adventure',
    other: 'Tech Gadgets',
    hero: 'Get out there',
    testimonial: 'Jonas, München',
  },
] as const;

function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

async function newArrivalNames(page: Page): Promise<string[]> {
  return region(page, 'New arrivals').locator('a[href^="/products/"]').allInnerTexts();
}

test.describe('builder pages', () => {
  for (const store of stores) {
    test(`${store.slug} home renders its own builder page`, async ({ page }) => {
      const response = await page.goto(storefrontUrl(store.slug));
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(store.name);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(store.hero);
      await expect(region(page, 'What our customers say')).toContainText(store.testimonial);
      await expect(region(page, 'Shop by category').getByRole('link').first()).toBeVisible();
      expect((await newArrivalNames(page)).length).toBe(8);
      await expect(region(page, 'New arrivals').locator('img').first()).toHaveAttribute(
        'src',
        new RegExp(`^/media/${store.slug}/`),
      );
      await expect(page.getByText(store.other)).toHaveCount(0);

      // The newsletter block is a plain form: it works before any JavaScript runs.
      const signup = page.locator('main form[action="/newsletter"]');
      await expect(signup).toHaveAttribute('method', 'post');
      await expect(signup.getByLabel('Email address')).toHaveAttribute('type', 'email');
    });
  }

  test('the two stores show different new arrivals', async ({ page }) => {
    const [first, second] = stores;
    await page.goto(storefrontUrl(first.slug));
    const firstNames = new Set(await newArrivalNames(page));
    await page.goto(storefrontUrl(second.slug));
    const secondNames = await newArrivalNames(page);
    expect(secondNames.filter((name) => firstNames.has(name))).toEqual([]);
  });

  test('the About page is linked from the footer and renders with its title', async ({ page }) => {
    await page.goto(storefrontUrl('tech-gadgets'));
    await page
      .getByRole('navigation', { name: 'Footer' })
      .getByRole('link', { name: 'About us' })
      .click();
    await expect(page).toHaveURL(/\/pages\/about$/);
    await expect(page).toHaveTitle('About us — Tech Gadgets');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Tech Gadgets');
    await expect(page.getByText('small team of engineers and reviewers in Oakland')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'tech-gadgets about');
  });

  test('FAQ answers open and close, by mouse and keyboard', async ({ page }) => {
    const response = await page.goto(`${storefrontUrl('outdoor-adventure')}/pages/faq`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');

    const answer = page.getByText('Our workshop repairs zips, seams and tent poles for everything');
    await expect(answer).toBeHidden();
    await expectNoSeriousAxeViolations(page, 'outdoor-adventure faq');
    await page.getByText('Do you repair gear?').click();
    await expect(answer).toBeVisible();
    await page.getByText('Do you repair gear?').click();
    await expect(answer).toBeHidden();

    const returns = page.getByText('60 days from delivery.');
    await page.getByText('How long do I have to return something?').focus();
    await page.keyboard.press('Enter');
    await expect(returns).toBeVisible();
  });

  test('an unknown page answers 404 inside the store', async ({ page }) => {
    const response = await page.goto(`${storefrontUrl('tech-gadgets')}/pages/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the store' })).toBeVisible();
  });

  test('a page with an unknown block and a script renders the rest and runs nothing', async ({
    page,
  }) => {
    const slug = `e2e-unsafe-${randomBytes(4).toString('hex')}`;
    const testPage = await withE2eDatabase((db) =>
      publishTestPage(db, {
        storeSlug: 'demo-store',
        slug,
        title: 'Unsafe content',
        content: {
          version: 1,
          blocks: [
            { id: 'hero', type: 'hero', props: { heading: 'Still standing' } },
            { id: 'mystery', type: 'carousel-3d', props: { slides: 12 } },
            {
              id: 'text',
              type: 'rich-text',
              props: {
                html: '<p>Text around the script.</p><script>window.__pwned = true; alert("script")</script><img src="/x" onerror="window.__pwned = true"><p><a href="javascript:alert(1)">Not a link</a></p>',
              },
            },
            {
              id: 'cta',
              type: 'call-to-action',
              props: {
                heading: 'After the bad blocks',
                buttonLabel: 'Shop',
                buttonHref: '/search',
              },
            },
          ],
        },
      }),
    );
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${storefrontUrl('demo-store')}/pages/${slug}`);
      expect(response?.status()).toBe(200);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Still standing');
      await expect(page.getByText('Text around the script.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'After the bad blocks' })).toBeVisible();
      await expect(page.getByText('Not a link')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Not a link' })).toHaveCount(0);
      expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
      expect(await page.locator('main script').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await withE2eDatabase((db) => removeTestPage(db, testPage));
    }
  });

  test('a store without a published home page lists its products instead', async ({ page }) => {
    const store = await withE2eDatabase((db) =>
      createThemedStore(db, { name: 'Pages Spec Empty Store', theme: {} }),
    );
    try {
      const response = await page.goto(storefrontUrl(store.slug));
      expect(response?.status()).toBe(200);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Pages Spec Empty Store' }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'No products yet' })).toBeVisible();
    } finally {
      await withE2eDatabase((db) => removeThemedStore(db, store.slug));
    }
  });
});
