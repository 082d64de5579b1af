import type { TenantClient } from '@storeloom/db';

import {
  type StorefrontProductCard,
  storefrontCardSelect,
  toStorefrontCard,
} from './storefront-product-card.ts';

export type { StorefrontProductCard } from './storefront-product-card.ts';

/** Active products for the storefront, newest first, each with its lowest price and first image. */
export async function listStorefrontProducts({
  db,
  limit,
  cursor,
}: {
  db: TenantClient;
  limit: number;
  cursor?: string;
}): Promise<{ items: StorefrontProductCard[]; nextCursor: string | null }> {
  const rows = await db.product.findMany({
    where: { status: 'active' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: storefrontCardSelect,
  });
  const page = rows.slice(0, limit);
  const items = page.flatMap((product) => toStorefrontCard(product) ?? []);
  return { items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
