import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { addCartLine, productSlugsOn } from './add-cart-line';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Waits until what a visitor would see has settled: network quiet (images and font files
 * fetched), then fonts applied. A string, because this package's types know no DOM.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  if (response === null || !response.ok()) {
    throw new Error(`${url} answered ${String(response?.status() ?? 'nothing')}`);
  }
  await settle(page);
}

export interface Capture {
  file: string;
  bytes: number;
}

/**
 * Home, the first product it lists, the cart with that product in it and checkout, each as the
 * 1280×800 viewport (above the fold: small files, and what a visitor sees first). A store whose
 * theme follows the device (`auto`) also gets its home and product page in dark mode.
 */
export async function captureStore(
  browser: Browser,
  options: { slug: string; storeUrl: string; outDir: string },
): Promise<Capture[]> {
  const { slug, storeUrl, outDir } = options;
  const captures: Capture[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = join(outDir, `${slug}-${name}.png`);
    const image = await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    captures.push({ file, bytes: image.byteLength });
  };
  const contextOptions: BrowserContextOptions = { viewport: VIEWPORT, deviceScaleFactor: 1 };

  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await visit(page, `${storeUrl}/`);
    const follows = await page.locator('html').getAttribute('data-color-scheme');
    // The first paint can be the loading state; the listing streams in after it.
    await page.locator('main a[href^="/products/"]').first().waitFor();
    const products = await productSlugsOn(page);
    const [first] = products;
    if (first === undefined) throw new Error(`${slug}: the home page lists no product`);
    await shoot(page, 'home');

    await visit(page, `${storeUrl}/products/${first}`);
    await shoot(page, 'product');

    await addCartLine(page, products);
    await visit(page, `${storeUrl}/cart`);
    await shoot(page, 'cart');

    await visit(page, `${storeUrl}/checkout`);
    await shoot(page, 'checkout');

    if (follows === 'auto') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await visit(page, `${storeUrl}/`);
      await shoot(page, 'home-dark');
      await visit(page, `${storeUrl}/products/${first}`);
      await shoot(page, 'product-dark');
    }
  } finally {
    await context.close();
  }
  return captures;
}
