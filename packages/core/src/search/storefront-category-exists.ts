import type { TenantClient } from '@storeloom/db';

/**
 * Whether the store has a category with this handle. The storefront proxy asks before a category
 * page streams, because a streamed page can no longer answer 404 for an unknown one.
 */
export async function storefrontCategoryExists({
  db,
  slug,
}: {
  db: TenantClient;
  slug: string;
}): Promise<boolean> {
  const category = await db.category.findFirst({ where: { slug }, select: { id: true } });
  return category !== null;
}
