import type { TenantClient } from '@storeloom/db';

/**
 * Whether the store sells a product with this handle now (active; drafts and archived products
 * are as unknown as missing ones). The storefront proxy asks before a product page streams,
 * because a streamed page can no longer answer 404 for an unknown one.
 */
export async function storefrontProductExists({
  db,
  slug,
}: {
  db: TenantClient;
  slug: string;
}): Promise<boolean> {
  const product = await db.product.findFirst({
    where: { slug, status: 'active' },
    select: { id: true },
  });
  return product !== null;
}
