import type { Prisma } from '@storeloom/db';

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

/** What a product card reads: variants cheapest first (with stock), and the first image. */
export const storefrontCardSelect = {
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
} satisfies Prisma.ProductSelect;

export type StorefrontCardRow = Prisma.ProductGetPayload<{ select: typeof storefrontCardSelect }>;

/**
 * The card of a product row, priced at its cheapest variant. Null for a product without
 * variants, which cannot be bought.
 */
export function toStorefrontCard(product: StorefrontCardRow): StorefrontProductCard | null {
  const cheapest = product.variants[0];
  if (cheapest === undefined) return null;
  const image = product.media[0];
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    price: cheapest.price,
    compareAtPrice: cheapest.compareAtPrice,
    currency: cheapest.currency,
    imageUrl: image?.mediaAsset.url ?? null,
    imageAlt: image?.altText ?? image?.mediaAsset.altText ?? product.title,
    // Buyable now: untracked, backorderable, or stock left somewhere.
    inStock: product.variants.some(
      (variant) =>
        !variant.trackInventory ||
        variant.allowBackorder ||
        variant.inventoryLevels.some((level) => level.onHand - level.reserved > 0),
    ),
  };
}
