import type { TenantTransaction } from '@storeloom/db';

/** The picture a cart line shows: the variant's own, else the product's first. */
export interface CartLineImage {
  url: string;
  alt: string;
}

interface ImageOwner {
  variantId: string;
  productId: string;
  /** Used when neither the placement nor the file has alt text. */
  label: string;
}

/**
 * One image per line, read in one query for the whole cart (not one per line), since pricing
 * a cart runs inside a transaction and every round trip counts.
 */
export async function loadCartLineImages(
  tx: TenantTransaction,
  owners: readonly ImageOwner[],
): Promise<Map<string, CartLineImage | null>> {
  const images = new Map<string, CartLineImage | null>();
  if (owners.length === 0) return images;
  const media = await tx.productMedia.findMany({
    where: { productId: { in: [...new Set(owners.map((owner) => owner.productId))] } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      productId: true,
      variantId: true,
      altText: true,
      mediaAsset: { select: { url: true, altText: true } },
    },
  });
  for (const owner of owners) {
    const own = media.find((entry) => entry.variantId === owner.variantId);
    const first = own ?? media.find((entry) => entry.productId === owner.productId);
    images.set(
      owner.variantId,
      first
        ? {
            url: first.mediaAsset.url,
            alt: first.altText ?? first.mediaAsset.altText ?? owner.label,
          }
        : null,
    );
  }
  return images;
}
