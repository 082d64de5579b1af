import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireProduct } from './catalog-lookups.ts';
import { requireProductMedia, requireProductVariant } from './product-media-lookups.ts';

/** Sets an image's alt text for this product, and the variant it shows (null: the product). */
export async function updateProductMedia({
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
  altText?: string | null | undefined;
  variantId?: string | null | undefined;
}) {
  return db.$transaction(async (tx) => {
    await requireProduct(tx, productId);
    const link = await requireProductMedia(tx, productId, mediaId);
    if (variantId) await requireProductVariant(tx, productId, variantId);
    const updated = await tx.productMedia.update({
      where: { id: link.id },
      data: {
        ...(altText !== undefined ? { altText: altText || null } : {}),
        ...(variantId !== undefined ? { variantId } : {}),
      },
      select: { position: true, altText: true, variantId: true },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.media.update',
      targetType: 'Product',
      targetId: productId,
      before: { mediaId, altText: link.altText, variantId: link.variantId },
      after: { mediaId, altText: updated.altText, variantId: updated.variantId },
    });
    return { productId, mediaId, ...updated };
  });
}
