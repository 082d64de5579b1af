/**
 * Where crawlers need not go: one shopper's pages (account, cart, checkout), search results
 * (endless combinations of the same products), the API, and the newsletter steps, whose links
 * carry personal tokens.
 */
const DISALLOWED = ['/account', '/cart', '/checkout', '/search', '/api', '/newsletter'];

/** robots.txt for one store: everything else is open, and the sitemap is on the same host. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).toString()}`,
    '',
  ].join('\n');
}
