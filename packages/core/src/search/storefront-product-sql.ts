import { Prisma } from '@storeloom/db';

const { sql } = Prisma;

/** Ancestors of a category, root first, from its materialised path ("/root/child/self/"). */
export function breadcrumbsSql(tenantId: string, category: Prisma.Sql): Prisma.Sql {
  return sql`(
    SELECT json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name) ORDER BY a.depth)
      FROM "Category" a
     WHERE a."tenantId" = ${tenantId}
       AND a.id = ANY(string_to_array(trim(both '/' from ${category}.path), '/'))
  )`;
}

/**
 * An active product of the store by slug, everything the product page shows, as one statement:
 * options with their values, variants (price, stock, option values, own image), media in order,
 * and its categories with breadcrumbs (the deepest category first).
 */
export function storefrontProductSql(tenantId: string, slug: string): Prisma.Sql {
  const t = tenantId;
  return sql`
    SELECT p.id, p.slug, p.title, p."descriptionHtml", p.vendor, p."productType", p.tags,
           p."seoTitle", p."seoDescription",
      coalesce((
        SELECT json_agg(json_build_object(
                 'id', o.id, 'name', o.name,
                 'values', coalesce((
                   SELECT json_agg(json_build_object('id', ov.id, 'value', ov.value)
                                   ORDER BY ov.position, ov.value)
                     FROM "ProductOptionValue" ov
                    WHERE ov."tenantId" = ${t} AND ov."optionId" = o.id), '[]'::json))
               ORDER BY o.position, o.name)
          FROM "ProductOption" o
         WHERE o."tenantId" = ${t} AND o."productId" = p.id), '[]'::json) AS options,
      coalesce((
        SELECT json_agg(json_build_object(
                 'id', v.id, 'title', v.title, 'sku', v.sku, 'price', v.price,
                 'compareAtPrice', v."compareAtPrice", 'currency', v.currency,
                 'available', CASE WHEN v."trackInventory"
                                   THEN greatest(coalesce(st.available, 0), 0) END,
                 'inStock', NOT v."trackInventory" OR v."allowBackorder" OR coalesce(st.available, 0) > 0,
                 'optionValues', coalesce((
                   SELECT json_agg(json_build_object(
                            'optionId', o.id, 'name', o.name, 'valueId', ov.id, 'value', ov.value)
                          ORDER BY o.position, o.name)
                     FROM "VariantOptionValue" vov
                     JOIN "ProductOptionValue" ov ON ov.id = vov."optionValueId" AND ov."tenantId" = vov."tenantId"
                     JOIN "ProductOption" o ON o.id = ov."optionId" AND o."tenantId" = ov."tenantId"
                    WHERE vov."tenantId" = ${t} AND vov."variantId" = v.id), '[]'::json),
                 'image', (
                   SELECT json_build_object('url', a.url, 'alt', coalesce(pm."altText", a."altText", p.title))
                     FROM "ProductMedia" pm
                     JOIN "MediaAsset" a ON a.id = pm."mediaAssetId" AND a."tenantId" = pm."tenantId"
                    WHERE pm."tenantId" = ${t} AND pm."variantId" = v.id
                    ORDER BY pm.position, pm.id
                    LIMIT 1))
               ORDER BY v.position, v.id)
          FROM "ProductVariant" v
          LEFT JOIN LATERAL (
            SELECT sum(l."onHand" - l.reserved)::int AS available
              FROM "InventoryLevel" l
              JOIN "InventoryLocation" loc
                ON loc.id = l."locationId" AND loc."tenantId" = l."tenantId" AND loc."isActive"
             WHERE l."tenantId" = ${t} AND l."variantId" = v.id
          ) st ON v."trackInventory"
         WHERE v."tenantId" = ${t} AND v."productId" = p.id), '[]'::json) AS variants,
      coalesce((
        SELECT json_agg(json_build_object(
                 'mediaId', a.id, 'kind', a.kind, 'url', a.url,
                 'alt', coalesce(pm."altText", a."altText", p.title),
                 'width', a.width, 'height', a.height, 'variantId', pm."variantId")
               ORDER BY pm.position, pm.id)
          FROM "ProductMedia" pm
          JOIN "MediaAsset" a ON a.id = pm."mediaAssetId" AND a."tenantId" = pm."tenantId"
         WHERE pm."tenantId" = ${t} AND pm."productId" = p.id), '[]'::json) AS media,
      coalesce((
        SELECT json_agg(json_build_object(
                 'id', c.id, 'slug', c.slug, 'name', c.name,
                 'breadcrumbs', ${breadcrumbsSql(t, sql`c`)})
               ORDER BY c.depth DESC, c.name)
          FROM "ProductCategory" pc
          JOIN "Category" c ON c.id = pc."categoryId" AND c."tenantId" = pc."tenantId"
         WHERE pc."tenantId" = ${t} AND pc."productId" = p.id), '[]'::json) AS categories
      FROM "Product" p
     WHERE p."tenantId" = ${t} AND p.slug = ${slug} AND p.status = 'active'`;
}
