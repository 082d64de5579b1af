import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors/domain-error.ts';
import { requireProduct } from './catalog-lookups.ts';
import { requireProductVariant } from './product-media-lookups.ts';

/** Adds one of the store's media assets to a product's gallery, last. */
export async function attachProductMedia({
  db,
  tenantId,
  actor,
  productId,
  mediaId,
  altText,
  variantId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  mediaId: string;
  altText?: string | undefined;
  variantId?: string | undefined;
}) {
  return db.$transaction(async (tx) => {
    await requireProduct(tx, productId);
    const asset = await tx.mediaAsset.findFirst({ where: { id: mediaId }, select: { id: true } });
    if (!asset) throw notFound('Media');
    if (variantId) await requireProductVariant(tx, productId, variantId);
    const existing = await tx.productMedia.findFirst({
      where: { productId, mediaAssetId: mediaId },
      select: { id: true },
    });
    if (existing) throw conflict('This image is already in the product’s gallery');
    const last = await tx.productMedia.aggregate({
      where: { productId },
      _max: { position: true },
    });
    const link = await tx.productMedia.create({
      data: {
        tenantId,
        productId,
        mediaAssetId: mediaId,
        position: (last._max.position ?? -1) + 1,
        altText: altText || null,
        variantId: variantId ?? null,
      },
      select: { position: true, altText: true, variantId: true },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.media.attach',
      targetType: 'Product',
      targetId: productId,
      after: { mediaId, ...link },
    });
    return { productId, mediaId, ...link };
  });
}
