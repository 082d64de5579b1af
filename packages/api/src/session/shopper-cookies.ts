import type { Shopper, SignedInCustomer } from '@storeloom/core';

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

/** What storefront procedures know about the shopper: their cookies, response and account. */
export interface ShopperContext {
  host: string | null;
  cookies: ReadonlyMap<string, string>;
  resHeaders: Headers;
  currentCustomer(): Promise<SignedInCustomer | null>;
}

/** The shopper behind a storefront request: the cart cookie and the signed-in customer. */
export async function shopperOf(ctx: ShopperContext): Promise<Shopper> {
  return {
    cartToken: ctx.cookies.get(CART_COOKIE) ?? null,
    customer: await ctx.currentCustomer(),
  };
}

/**
 * Points the cart cookie at `token`, or renews the current one after a cart change so a cart in
 * use never expires.
 */
export function rememberCart(ctx: ShopperContext, token: string | null): void {
  const value = token ?? ctx.cookies.get(CART_COOKIE);
  if (value) ctx.resHeaders.append('set-cookie', shopperCookie(CART_COOKIE, value, ctx));
}

/** Sets the session cookie of a shopper who just signed up or in, and their cart's cookie. */
export function rememberSignIn(
  ctx: ShopperContext,
  { session, cartToken }: { session: { token: string; expiresAt: Date }; cartToken: string | null },
): void {
  const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
  ctx.resHeaders.append(
    'set-cookie',
    shopperCookie(CUSTOMER_SESSION_COOKIE, session.token, { host: ctx.host, maxAge }),
  );
  if (cartToken) rememberCart(ctx, cartToken);
}

/** Clears both shopper cookies: after signing out, this browser shows no account or its cart. */
export function forgetShopper(ctx: ShopperContext): void {
  for (const name of [CUSTOMER_SESSION_COOKIE, CART_COOKIE]) {
    ctx.resHeaders.append('set-cookie', shopperCookie(name, '', { host: ctx.host, maxAge: 0 }));
  }
}
