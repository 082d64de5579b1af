import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** The link between a product and one of the store's media assets, or NOT_FOUND. */
export async function requireProductMedia(
  tx: TenantTransaction,
  productId: string,
  mediaId: string,
) {
  const link = await tx.productMedia.findFirst({
    where: { productId, mediaAssetId: mediaId },
    select: { id: true, position: true, altText: true, variantId: true },
  });
  if (!link) throw notFound('Product image');
  return link;
}

/** A variant of this product (an image can only show a variant of its own product). */
export async function requireProductVariant(
  tx: TenantTransaction,
  productId: string,
  variantId: string,
) {
  const variant = await tx.productVariant.findFirst({
    where: { id: variantId, productId },
    select: { id: true },
  });
  if (!variant) throw notFound('Variant');
  return variant;
}

/** Positions 0..n-1 in the given order, in one statement. */
export async function renumberProductMedia(
  tx: TenantTransaction,
  tenantId: string,
  productId: string,
  orderedIds: readonly string[],
): Promise<void> {
  if (orderedIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "ProductMedia" AS pm SET "position" = v.ord - 1
      FROM unnest(${orderedIds}::text[]) WITH ORDINALITY AS v(id, ord)
     WHERE pm."id" = v.id AND pm."tenantId" = ${tenantId} AND pm."productId" = ${productId}`;
}
