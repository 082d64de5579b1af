import type { TenantClient } from '@storeloom/db';

import {
  type StorefrontProductCard,
  storefrontCardSelect,
  toStorefrontCard,
} from '../catalog/storefront-product-card.ts';

/** A storefront card plus the highest variant price, so a grid can say "From". */
export interface PickedProductCard extends StorefrontProductCard {
  priceMax: number;
}

/**
 * Cards of hand-picked products (a product-grid block), in the order given. Products that are
 * not active (drafts, archived, deleted since the page was published) are left out.
 */
export async function listProductCardsBySlug({
  db,
  slugs,
}: {
  db: TenantClient;
  slugs: readonly string[];
}): Promise<PickedProductCard[]> {
  const rows = await db.product.findMany({
    where: { status: 'active', slug: { in: [...slugs] } },
    select: storefrontCardSelect,
  });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug): PickedProductCard[] => {
    const product = bySlug.get(slug);
    const card = product === undefined ? null : toStorefrontCard(product);
    if (product === undefined || card === null) return [];
    return [{ ...card, priceMax: product.variants.at(-1)?.price ?? card.price }];
  });
}
