import { expect, test, type Page } from '@playwright/test';
import {
  createThemedStore,
  removeThemedStore,
  withE2eDatabase,
  type ThemedStore,
} from '@storeloom/devkit/e2e-data';

import { storefrontUrl } from '../fixtures/urls';

// Stores of this spec's own, so the looks under test are known and no seeded store changes.
const themes = {
  serif: {
    name: 'Rosewater Atelier',
    theme: { accentColor: '#9d174d', fontFamily: 'serif', colorScheme: 'light' },
  },
  rounded: {
    name: 'Pinecone Supply',
    theme: { accentColor: '#166534', fontFamily: 'rounded', colorScheme: 'auto' },
  },
} as const;

let serifStore: ThemedStore;
let roundedStore: ThemedStore;
/** Uses another store's monogram as its logo and favicon: an image this server surely serves. */
let brandedStore: ThemedStore;

test.beforeAll(async () => {
  await withE2eDatabase(async (db) => {
    serifStore = await createThemedStore(db, themes.serif);
    roundedStore = await createThemedStore(db, themes.rounded);
    const image = `${storefrontUrl(serifStore.slug)}/icon`;
    brandedStore = await createThemedStore(db, {
      name: 'Lantern & Loom',
      theme: { logoUrl: image, faviconUrl: image },
    });
  });
});

test.afterAll(async () => {
  await withE2eDatabase(async (db) => {
    for (const store of [serifStore, roundedStore, brandedStore]) {
      await removeThemedStore(db, store.slug);
    }
  });
});

/** The store's initials tile in the header: drawn in the accent colour. */
function brandMark(page: Page, store: ThemedStore) {
  return page.getByRole('link', { name: store.name }).locator('span[aria-hidden="true"]');
}

async function bodyStyle(page: Page, property: string): Promise<string> {
  return page
    .locator('body')
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/**
 * Relative luminance (0 black … 1 white) of an opaque computed colour; NaN for anything else
 * (a transparent background is no proof of a dark one), which fails every comparison.
 */
function luminanceOf(color: string): number {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color);
  if (rgb === null) return Number.NaN;
  const [r = 0, g = 0, b = 0] = rgb.slice(1).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Polled: a value read the moment the page loads could predate its stylesheet. */
function luminanceOfBody(page: Page, property: 'background-color' | 'color') {
  return expect.poll(async () => luminanceOf(await bodyStyle(page, property)));
}

/** Families of the page's fonts that finished loading, lowercased. */
async function loadedFontFamilies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replaceAll('"', '').toLowerCase());
  });
}

test.describe('store theme', () => {
  test('two stores show their own accent colour and typeface', async ({ page }) => {
    await page.goto(storefrontUrl(serifStore.slug));
    await expect(brandMark(page, serifStore)).toHaveCSS('background-color', 'rgb(157, 23, 77)');
    await expect(page.locator('body')).toHaveCSS('font-family', /^"?lora"?,/i);
    expect(await loadedFontFamilies(page)).toContain('lora');

    await page.goto(storefrontUrl(roundedStore.slug));
    await expect(brandMark(page, roundedStore)).toHaveCSS('background-color', 'rgb(22, 101, 52)');
    await expect(page.locator('body')).toHaveCSS('font-family', /^"?nunito"?,/i);
    const families = await loadedFontFamilies(page);
    expect(families).toContain('nunito');
    expect(families).not.toContain('lora');
  });

  test('the favicon link serves an image of the store', async ({ page }) => {
    await page.goto(storefrontUrl(serifStore.slug));
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).not.toBeNull();
    // Fetched by the page itself: only the browser resolves *.localhost to this machine.
    const icon = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        head: [...bytes.subarray(0, 4)],
      };
    }, href ?? '');
    expect(icon.status).toBe(200);
    expect(icon.type).toBe('image/png');
    // A PNG's signature.
    expect(icon.head).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('an auto store turns dark on a dark device and stays light on a light one', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(storefrontUrl(roundedStore.slug));
    await luminanceOfBody(page, 'background-color').toBeLessThan(0.05);
    await luminanceOfBody(page, 'color').toBeGreaterThan(0.8);
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');

    await page.emulateMedia({ colorScheme: 'light' });
    await luminanceOfBody(page, 'background-color').toBeGreaterThan(0.8);
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  });

  test('a light-only store stays light on a dark device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(storefrontUrl(serifStore.slug));
    await luminanceOfBody(page, 'background-color').toBeGreaterThan(0.8);
    await luminanceOfBody(page, 'color').toBeLessThan(0.05);
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  });

  test("a store's logo replaces its name in the header, whole", async ({ page }) => {
    await page.goto(storefrontUrl(brandedStore.slug));
    const logo = page.getByRole('link', { name: brandedStore.name }).getByRole('img');
    await expect(logo).toHaveAttribute('alt', brandedStore.name);
    await expect(logo).toHaveCSS('object-fit', 'contain');
    await expect
      .poll(() => logo.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
  });

  test("a store's own favicon is where its icon link leads", async ({ request }) => {
    // Node does not resolve *.localhost, so the request names the store in its Host header.
    const { host, port } = new URL(storefrontUrl(brandedStore.slug));
    const icon = await request.get(`http://127.0.0.1:${port}/icon`, {
      headers: { host },
      maxRedirects: 0,
    });
    expect(icon.status()).toBe(307);
    expect(icon.headers().location).toBe(`${storefrontUrl(serifStore.slug)}/icon`);
  });
});
