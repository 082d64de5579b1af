import { createHash } from 'node:crypto';

import { VISITOR_COOKIE, visitorIdSchema } from '@storeloom/validators';

import { CART_COOKIE } from './shopper-cookies.ts';

/**
 * The visit a storefront event belongs to. The storefront gives every browser an anonymous
 * visitor cookie; a request without one (an API client, cookies refused) falls back to a hash of
 * its cart token (never the token itself), and failing that, to the request.
 */
export function visitorSessionId(
  ctx: { cookies: ReadonlyMap<string, string>; requestId: string },
  cartToken: string | null = ctx.cookies.get(CART_COOKIE) ?? null,
): string {
  const visitor = visitorIdSchema.safeParse(ctx.cookies.get(VISITOR_COOKIE));
  if (visitor.success) return visitor.data;
  if (cartToken) {
    return `cart:${createHash('sha256').update(cartToken).digest('hex').slice(0, 32)}`;
  }
  return `request:${ctx.requestId}`;
}
