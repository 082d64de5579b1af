import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireProduct } from './catalog-lookups.ts';
import { renumberProductMedia, requireProductMedia } from './product-media-lookups.ts';

/** Removes an image from a product's gallery; the media asset itself stays in the library. */
export async function detachProductMedia({
  db,
  tenantId,
  actor,
  productId,
  mediaId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  mediaId: string;
}) {
  return db.$transaction(async (tx) => {
    await requireProduct(tx, productId);
    const link = await requireProductMedia(tx, productId, mediaId);
    await tx.productMedia.delete({ where: { id: link.id } });
    const rest = await tx.productMedia.findMany({
      where: { productId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    await renumberProductMedia(
      tx,
      tenantId,
      productId,
      rest.map((row) => row.id),
    );
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.media.detach',
      targetType: 'Product',
      targetId: productId,
      before: {
        mediaId,
        position: link.position,
        altText: link.altText,
        variantId: link.variantId,
      },
    });
    return { productId, mediaId };
  });
}
