import { Prisma, type TenantClient } from '@storeloom/db';

export interface StockLevelRow {
  levelId: string;
  variantId: string;
  sku: string;
  variantTitle: string;
  productId: string;
  productTitle: string;
  locationId: string;
  locationName: string;
  locationCode: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number | null;
}

/** `%` and `_` typed by the merchant are searched for literally. */
function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The stock table of the admin: one row per variant and location, ordered by product, SKU and
 * location, with keyset pagination (the cursor is the last row's level id). Filters: one
 * location, a product title or SKU fragment, and only rows at or below their low-stock threshold
 * (a comparison between columns, hence SQL).
 */
export async function listStockLevels({
  db,
  tenantId,
  locationId,
  search,
  lowStockOnly = false,
  cursor,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  locationId?: string;
  search?: string;
  lowStockOnly?: boolean;
  cursor?: string;
  limit: number;
}) {
  const filters: Prisma.Sql[] = [Prisma.sql`l."tenantId" = ${tenantId}`];
  if (locationId) filters.push(Prisma.sql`l."locationId" = ${locationId}`);
  if (search) {
    const pattern = containsPattern(search);
    filters.push(Prisma.sql`(p."title" ILIKE ${pattern} OR v."sku" ILIKE ${pattern})`);
  }
  if (lowStockOnly) {
    filters.push(
      Prisma.sql`v."lowStockThreshold" IS NOT NULL AND l."onHand" - l."reserved" <= v."lowStockThreshold"`,
    );
  }
  if (cursor) {
    filters.push(Prisma.sql`(p."title", v."sku", loc."code", l."id") > (
      SELECT cp."title", cv."sku", cl."code", c."id"
        FROM "InventoryLevel" c
        JOIN "ProductVariant" cv ON cv."id" = c."variantId" AND cv."tenantId" = c."tenantId"
        JOIN "Product" cp ON cp."id" = cv."productId" AND cp."tenantId" = cv."tenantId"
        JOIN "InventoryLocation" cl ON cl."id" = c."locationId" AND cl."tenantId" = c."tenantId"
       WHERE c."tenantId" = ${tenantId} AND c."id" = ${cursor})`);
  }
  const rows = await db.$queryRaw<StockLevelRow[]>`
    SELECT l."id" AS "levelId", l."variantId", v."sku", v."title" AS "variantTitle",
           p."id" AS "productId", p."title" AS "productTitle",
           l."locationId", loc."name" AS "locationName", loc."code" AS "locationCode",
           l."onHand", l."reserved", l."onHand" - l."reserved" AS "available", v."lowStockThreshold"
      FROM "InventoryLevel" l
      JOIN "ProductVariant" v ON v."id" = l."variantId" AND v."tenantId" = l."tenantId"
      JOIN "Product" p ON p."id" = v."productId" AND p."tenantId" = v."tenantId"
      JOIN "InventoryLocation" loc ON loc."id" = l."locationId" AND loc."tenantId" = l."tenantId"
     WHERE ${Prisma.join(filters, ' AND ')}
     ORDER BY p."title", v."sku", loc."code", l."id"
     LIMIT ${limit + 1}`;
  const levels = rows.slice(0, limit);
  return {
    levels,
    nextCursor: rows.length > limit ? (levels.at(-1)?.levelId ?? null) : null,
  };
}
