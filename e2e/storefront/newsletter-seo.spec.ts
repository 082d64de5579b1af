import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  latestNewsletterConfirmation,
  newsletterStatusOf,
  withE2eDatabase,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { e2ePorts, storefrontUrl } from '../fixtures/urls';

const store = { slug: 'tech-gadgets', name: 'Tech Gadgets' } as const;
const home = storefrontUrl(store.slug);
/** A form post answers with a redirect to a page that `next dev` may still have to compile. */
const afterPost = { timeout: 45_000 };

function footerSignup(page: Page) {
  return page.getByRole('contentinfo');
}

/** The confirmation email's link, read from the outbox (polled: the redirect can beat the read). */
async function confirmLinkFor(email: string): Promise<string> {
  const read = () =>
    withE2eDatabase((db) => latestNewsletterConfirmation(db, { storeSlug: store.slug, to: email }));
  await expect.poll(read).not.toBeNull();
  const text = (await read()) ?? '';
  const link = /http:\/\/\S+\/newsletter\/confirm\?token=\S+/.exec(text)?.[0];
  if (link === undefined) throw new Error(`No confirm link in the email:\n${text}`);
  return link;
}

function statusOf(email: string) {
  return withE2eDatabase((db) => newsletterStatusOf(db, { storeSlug: store.slug, email }));
}

/** `<loc>` values of a sitemap. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}

test.describe('newsletter double opt-in', () => {
  test('footer signup, confirm by button, then unsubscribe from the link', async ({ page }) => {
    const email = `reader-${randomUUID().slice(0, 8)}@example.com`;
    await page.goto(home);
    const footer = footerSignup(page);
    await footer.getByLabel('Email address').fill(email);
    await footer.getByRole('button', { name: 'Subscribe' }).click();

    await expect(page).toHaveURL(`${home}/newsletter/signed-up`, afterPost);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'newsletter signed up');
    expect(await statusOf(email)).toBe('pending');

    const confirmLink = await confirmLinkFor(email);
    expect(confirmLink.startsWith(`${home}/newsletter/confirm?token=`)).toBe(true);
    // Opening the link changes nothing: only the button (a POST) confirms.
    await page.goto(confirmLink);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Confirm your subscription' }),
    ).toBeVisible();
    expect(await statusOf(email)).toBe('pending');
    await expectNoSeriousAxeViolations(page, 'newsletter confirm');

    await page.getByRole('button', { name: 'Confirm subscription' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You’re subscribed' })).toBeVisible(
      afterPost,
    );
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      `News from ${store.name}`,
    );
    expect(await statusOf(email)).toBe('subscribed');

    await page.getByRole('main').getByRole('link', { name: 'Unsubscribe' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Unsubscribe from ${store.name} news?` }),
    ).toBeVisible(afterPost);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You’re unsubscribed' })).toBeVisible(
      afterPost,
    );
    expect(await statusOf(email)).toBe('unsubscribed');

    // The confirmation link was single-use.
    await page.goto(confirmLink);
    await page.getByRole('button', { name: 'Confirm subscription' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeVisible(afterPost);
    expect(await statusOf(email)).toBe('unsubscribed');
  });

  test('a bad address or a script tag gets a message in the page, and nothing is recorded', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(home);
    await footerSignup(page).getByLabel('Email address').fill('<script>alert(1)</script>');
    await footerSignup(page).getByRole('button', { name: 'Subscribe' }).click();

    await expect(page).toHaveURL(`${home}/newsletter/sign-up?error=invalid_email`, afterPost);
    const field = page.getByRole('main').getByLabel('Email address');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Enter a valid email address/);
    await expect(field).toBeFocused();
    await expectNoSeriousAxeViolations(page, 'newsletter sign-up with an error');

    await field.fill('');
    await page.getByRole('main').getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(`${home}/newsletter/sign-up?error=missing_email`, afterPost);
    await expect(page.getByRole('main').getByLabel('Email address')).toHaveAccessibleDescription(
      /Enter your email address/,
    );
    expect(dialogs).toBe(0);
  });
});

test.describe('SEO', () => {
  test('each store’s sitemap lists only its own pages, on its own host', async ({ page }) => {
    const productPaths: Set<string>[] = [];
    for (const slug of ['tech-gadgets', 'outdoor-adventure']) {
      const origin = storefrontUrl(slug);
      const response = await page.goto(`${origin}/sitemap.xml`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('application/xml');
      const urls = locs((await response?.text()) ?? '');
      expect(urls).toContain(`${origin}/`);
      expect(urls.every((url) => url.startsWith(`${origin}/`))).toBe(true);
      const products = urls.filter((url) => url.startsWith(`${origin}/products/`));
      expect(products.length).toBeGreaterThan(10);
      expect(urls.some((url) => url.startsWith(`${origin}/categories/`))).toBe(true);
      productPaths.push(new Set(products.map((url) => new URL(url).pathname)));
    }
    const [tech = new Set<string>(), outdoor = new Set<string>()] = productPaths;
    expect([...tech].filter((path) => outdoor.has(path))).toEqual([]);
  });

  test('the sitemap on a custom domain lists its URLs on that domain', async ({ request }) => {
    // outdoor.test is the seeded custom domain of Outdoor Adventure; no DNS needed with a Host header.
    const response = await request.get(
      `http://127.0.0.1:${String(e2ePorts.storefront)}/sitemap.xml`,
      { headers: { host: `outdoor.test:${String(e2ePorts.storefront)}` } },
    );
    expect(response.status()).toBe(200);
    const urls = locs(await response.text());
    expect(urls.length).toBeGreaterThan(10);
    expect(
      urls.every((url) => url.startsWith(`https://outdoor.test:${String(e2ePorts.storefront)}/`)),
    ).toBe(true);
  });

  test('robots.txt keeps crawlers out of private pages and points at the sitemap', async ({
    page,
  }) => {
    const response = await page.goto(`${home}/robots.txt`);
    expect(response?.status()).toBe(200);
    const text = (await response?.text()) ?? '';
    expect(text).toContain('User-agent: *');
    for (const path of ['/account', '/cart', '/checkout', '/search', '/api']) {
      expect(text).toContain(`Disallow: ${path}`);
    }
    expect(text).toContain(`Sitemap: ${home}/sitemap.xml`);
  });

  test('an unknown host has no sitemap or robots.txt', async ({ page }) => {
    for (const path of ['/sitemap.xml', '/robots.txt']) {
      const response = await page.goto(`${storefrontUrl('no-such-store')}${path}`);
      expect(response?.status()).toBe(404);
    }
  });

  test('the home page has a canonical link and an Open Graph image that is a PNG', async ({
    page,
    request,
  }) => {
    await page.goto(home);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^${home}/?$`),
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).not.toBeNull();
    // Production builds put it on the store's host; `next dev` always on localhost. Either way
    // the path is asked of the store's host (a browser would download the image, not show it).
    const { pathname, search } = new URL(image ?? '');
    const response = await request.get(
      `http://127.0.0.1:${String(e2ePorts.storefront)}${pathname}${search}`,
      { headers: { host: new URL(home).host } },
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    // The PNG signature.
    expect((await response.body()).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});
