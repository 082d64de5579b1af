import 'server-only';

import { loadStorefrontSite } from './storefront-site';

/**
 * The absolute canonical URL of a storefront path, for `alternates.canonical` in
 * generateMetadata: `await canonicalUrl('/products/linen-shirt')`. It is on the store's verified
 * primary domain, so a store reached on its subdomain and on a custom domain is indexed once;
 * on the primary domain (or for a store without one) it is the host being served. Query strings
 * in `path` are kept; pass only the ones that change the content (a page number, not a sort).
 */
export async function canonicalUrl(path: string): Promise<string> {
  const site = await loadStorefrontSite();
  const relative = path.startsWith('/') ? path : `/${path}`;
  // No open store here: nothing to canonicalise to, so the path stays relative to this host.
  if (site === null) return relative;
  return new URL(relative, site.canonicalOrigin).toString();
}
