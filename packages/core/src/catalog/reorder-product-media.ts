import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { requireProduct } from './catalog-lookups.ts';
import { renumberProductMedia } from './product-media-lookups.ts';

/** Puts a product's gallery in the given order; the list must name each of its images once. */
export async function reorderProductMedia({
  db,
  tenantId,
  actor,
  productId,
  mediaIds,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  mediaIds: readonly string[];
}) {
  return db.$transaction(async (tx) => {
    await requireProduct(tx, productId);
    const links = await tx.productMedia.findMany({
      where: { productId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, mediaAssetId: true },
    });
    const linkByMedia = new Map(links.map((link) => [link.mediaAssetId, link.id]));
    const ordered = mediaIds.flatMap((mediaId) => linkByMedia.get(mediaId) ?? []);
    if (
      new Set(mediaIds).size !== mediaIds.length ||
      ordered.length !== links.length ||
      mediaIds.length !== links.length
    ) {
      throw badRequest('List every image of the product exactly once');
    }
    await renumberProductMedia(tx, tenantId, productId, ordered);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.media.reorder',
      targetType: 'Product',
      targetId: productId,
      before: { mediaIds: links.map((link) => link.mediaAssetId) },
      after: { mediaIds },
    });
    return { productId, mediaIds: [...mediaIds] };
  });
}
