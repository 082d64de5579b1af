import type { Page } from '@playwright/test';

/**
 * Puts one unit of the first in-stock variant of these products into the page's cart through
 * the storefront API, called from the page so the cart cookie lands in its browser context.
 * The same steps as e2e/fixtures/cart-line.ts, which Playwright specs use.
 */
export async function addCartLine(page: Page, productSlugs: readonly string[]): Promise<void> {
  const added = await page.evaluate(async (slugs) => {
    interface ProductAnswer {
      result: { data: { json: { variants: { id: string; inStock: boolean }[] } } };
    }
    for (const slug of slugs) {
      const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
      const product = await fetch(`/api/trpc/storefront.catalog.productBySlug?input=${input}`);
      if (!product.ok) continue;
      const answer = (await product.json()) as ProductAnswer;
      const variant = answer.result.data.json.variants.find((candidate) => candidate.inStock);
      if (variant === undefined) continue;
      const response = await fetch('/api/trpc/storefront.cart.addLine', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { variantId: variant.id, quantity: 1 } }),
      });
      if (!response.ok) throw new Error(`addLine answered ${String(response.status)}`);
      return true;
    }
    return false;
  }, productSlugs);
  if (!added) throw new Error(`None of ${productSlugs.join(', ')} has a variant in stock`);
}

/** Slugs of the products the current page links to, in page order, without repeats. */
export async function productSlugsOn(page: Page): Promise<string[]> {
  const slugs: string[] = [];
  for (const link of await page.locator('main a[href^="/products/"]').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const slug = href.replace(/^\/products\//, '').split(/[?#]/)[0] ?? '';
    if (slug !== '' && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}
