import type { TenantClient } from '@storeloom/db';

export interface StorefrontProductCard {
  id: string;
  slug: string;
  title: string;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  imageUrl: string | null;
  imageAlt: string | null;
  inStock: boolean;
}

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
    select: {
      id: true,
      slug: true,
      title: true,
      variants: {
        orderBy: { price: 'asc' },
        select: {
          price: true,
          compareAtPrice: true,
          currency: true,
          trackInventory: true,
          allowBackorder: true,
          inventoryLevels: { select: { onHand: true, reserved: true } },
        },
      },
      media: {
        orderBy: { position: 'asc' },
        take: 1,
        select: { altText: true, mediaAsset: { select: { url: true, altText: true } } },
      },
    },
  });
  const page = rows.slice(0, limit);
  const items = page.flatMap((product): StorefrontProductCard[] => {
    const cheapest = product.variants[0];
    if (!cheapest) return [];
    const inStock = product.variants.some(
      (v) =>
        !v.trackInventory ||
        v.allowBackorder ||
        v.inventoryLevels.some((l) => l.onHand - l.reserved > 0),
    );
    const image = product.media[0];
    return [
      {
        id: product.id,
        slug: product.slug,
        title: product.title,
        price: cheapest.price,
        compareAtPrice: cheapest.compareAtPrice,
        currency: cheapest.currency,
        imageUrl: image?.mediaAsset.url ?? null,
        imageAlt: image?.altText ?? image?.mediaAsset.altText ?? product.title,
        inStock,
      },
    ];
  });
  return { items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
