/** Cookies a storefront sets for shoppers. Both hold opaque tokens whose hashes the store keeps. */
export const CUSTOMER_SESSION_COOKIE = 'storeloom_customer';
export const CART_COOKIE = 'storeloom_cart';

const THIRTY_DAYS_SECONDS = 30 * 24 * 60 * 60;

/** Parses a Cookie header into name -> value (first occurrence wins, as browsers send it). */
export function parseCookies(header: string | null | undefined): ReadonlyMap<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // A malformed value is ignored rather than failing the request.
    }
  }
  return cookies;
}

/** httpOnly, SameSite=Lax, Secure outside localhost; `maxAge` 0 clears the cookie. */
export function shopperCookie(
  name: string,
  value: string,
  { host, maxAge = THIRTY_DAYS_SECONDS }: { host: string | null; maxAge?: number },
): string {
  const hostname = (host ?? '').split(':')[0] ?? '';
  const local = hostname === 'localhost' || hostname.endsWith('.localhost');
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${String(maxAge)}`,
    ...(local ? [] : ['Secure']),
  ].join('; ');
}
