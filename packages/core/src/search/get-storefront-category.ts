import { Prisma, type TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import type { CategoryCrumb } from './get-storefront-product.ts';
import { breadcrumbsSql } from './storefront-product-sql.ts';

export interface StorefrontCategory {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  depth: number;
  image: { url: string; alt: string } | null;
  /** From the root down to this category. */
  breadcrumbs: CategoryCrumb[];
  /** Direct subcategories, in the merchant's order. */
  children: (CategoryCrumb & { imageUrl: string | null })[];
}

interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  depth: number;
  imageUrl: string | null;
  imageAlt: string | null;
  breadcrumbs: CategoryCrumb[];
  children: StorefrontCategory['children'];
}

/** A category page's header: the category, its breadcrumbs and its direct subcategories. */
export async function getStorefrontCategory({
  db,
  tenantId: t,
  slug,
}: {
  db: TenantClient;
  tenantId: string;
  slug: string;
}): Promise<StorefrontCategory> {
  const [row] = await db.$queryRaw<CategoryRow[]>(Prisma.sql`
      SELECT c.id, c.slug, c.name, c.description, c.depth,
             img.url AS "imageUrl", img."altText" AS "imageAlt",
             ${breadcrumbsSql(t, Prisma.sql`c`)} AS breadcrumbs,
             coalesce((
               SELECT json_agg(json_build_object(
                        'id', s.id, 'slug', s.slug, 'name', s.name, 'imageUrl', si.url)
                      ORDER BY s.position, s.name)
                 FROM "Category" s
                 LEFT JOIN "MediaAsset" si ON si.id = s."imageId" AND si."tenantId" = s."tenantId"
                WHERE s."tenantId" = ${t} AND s."parentId" = c.id), '[]'::json) AS children
        FROM "Category" c
        LEFT JOIN "MediaAsset" img ON img.id = c."imageId" AND img."tenantId" = c."tenantId"
       WHERE c."tenantId" = ${t} AND c.slug = ${slug}`);
  if (!row) throw notFound('Category');
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    depth: row.depth,
    image: row.imageUrl === null ? null : { url: row.imageUrl, alt: row.imageAlt ?? row.name },
    breadcrumbs: row.breadcrumbs,
    children: row.children,
  };
}
