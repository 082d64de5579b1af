// Deep imports, as in host-store.ts: the proxy bundle should hold only what it needs.
import { publishedPageExists } from '@storeloom/core/pages/published-page-exists';
import { storefrontCategoryExists } from '@storeloom/core/search/storefront-category-exists';
import { storefrontProductExists } from '@storeloom/core/search/storefront-product-exists';
import { getDatabase, type TenantClient } from '@storeloom/db';

import { isEstimateTokenShape } from '~/lib/estimate-link';
import { productSlugOf } from '~/lib/product-slug';

import { estimateLinkExists } from './estimate-link-exists';

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A path segment as a category or page slug; null when it cannot name one. Category links are
 * forgiving about case (the page reads them the same way); page slugs are matched exactly.
 */
function plainSlugOf(segment: string, minLength: number, foldCase: boolean): string | null {
  try {
    const decoded = decodeURIComponent(segment);
    const slug = foldCase ? decoded.trim().toLowerCase() : decoded;
    return slug.length >= minLength && slug.length <= 48 && SLUG_SHAPE.test(slug) ? slug : null;
  } catch {
    // A malformed escape ("%E0%A4%A") cannot name anything.
    return null;
  }
}

interface SlugRoute {
  path: RegExp;
  slugOf: (segment: string) => string | null;
  exists: (args: { db: TenantClient; slug: string }) => Promise<boolean>;
}

const SLUG_ROUTES: readonly SlugRoute[] = [
  {
    path: /^\/categories\/([^/]+)\/?$/,
    slugOf: (segment) => plainSlugOf(segment, 1, true),
    exists: storefrontCategoryExists,
  },
  { path: /^\/products\/([^/]+)\/?$/, slugOf: productSlugOf, exists: storefrontProductExists },
  {
    path: /^\/pages\/([^/]+)\/?$/,
    slugOf: (segment) => plainSlugOf(segment, 2, false),
    exists: publishedPageExists,
  },
  {
    path: /^\/estimates\/([^/]+)\/?$/,
    slugOf: (segment) => (isEstimateTokenShape(segment) ? segment : null),
    exists: estimateLinkExists,
  },
];

/**
 * Whether `pathname` is a category, product or builder page, or an estimate link, that this
 * store does not have.
 * Asked by the proxy: these pages stream (loading.tsx), and a streamed page has already sent
 * 200 by the time it could call notFound(). The page itself still renders its own "not found"
 * view (with suggestions for products) under the 404. Other paths are not its business (false).
 */
export async function isMissingPage(storeId: string, pathname: string): Promise<boolean> {
  for (const route of SLUG_ROUTES) {
    const segment = route.path.exec(pathname)?.[1];
    if (segment === undefined) continue;
    const slug = route.slugOf(segment);
    if (slug === null) return true;
    return !(await route.exists({ db: getDatabase().forTenant(storeId), slug }));
  }
  return false;
}
