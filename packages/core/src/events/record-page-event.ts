import type { TenantClient } from '@storeloom/db';
import type { RecordPageEventInput } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { recordStorefrontEvent } from './record-storefront-event.ts';

/** Longest path kept; longer ones are cut (analytics groups by path, never by a full query). */
const MAX_PATH_LENGTH = 512;

/** The path and query of a page address; the host is the store's and says nothing new. */
function pathOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`.slice(0, MAX_PATH_LENGTH);
}

/** Where the visitor came from, without the query: another site's parameters are not ours to keep. */
function referrerOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`.slice(0, MAX_PATH_LENGTH);
}

/**
 * Records an event a storefront page reports (a page, product or search view). The product and
 * variant must be on sale in this store: a browser can send any id, and another store's product
 * must never be linked to this store's events (NOT_FOUND, as for any unknown id).
 */
export async function recordPageEvent({
  db,
  tenantId,
  sessionId,
  customerId,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  sessionId: string;
  customerId: string | null;
  input: RecordPageEventInput;
}): Promise<void> {
  if (input.productId !== undefined) {
    const product = await db.product.findFirst({
      where: { id: input.productId, status: 'active' },
      select: { id: true },
    });
    if (!product) throw notFound('Product');
  }
  if (input.variantId !== undefined) {
    const variant = await db.productVariant.findFirst({
      where: { id: input.variantId, productId: input.productId },
      select: { id: true },
    });
    if (!variant) throw notFound('Product variant');
  }
  await recordStorefrontEvent({
    db,
    tenantId,
    event: {
      type: input.type,
      sessionId,
      customerId,
      productId: input.productId ?? null,
      variantId: input.variantId ?? null,
      path: pathOf(input.url),
      referrer: referrerOf(input.referrer),
      metadata: input.query === undefined ? {} : { query: input.query },
    },
  });
}
