import { Prisma, type TenantClient } from '@storeloom/db';

export interface LowStockRow {
  variantId: string;
  productId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  /** On hand minus reserved over the active locations. */
  available: number;
  /** The threshold it was compared with. */
  threshold: number;
}

export interface InventoryReport {
  currency: string;
  /** Units on hand over every location, of variants whose stock is tracked. */
  units: number;
  /** Σ on hand × cost price; variants without a cost price count 0 (see variantsWithoutCost). */
  costValue: number;
  /** Σ on hand × price. */
  retailValue: number;
  /** Stocked variants that have no cost price, so costValue understates. */
  variantsWithoutCost: number;
  lowStockCount: number;
  /** Lowest availability first. */
  lowStock: LowStockRow[];
}

type Row = Omit<InventoryReport, 'lowStock'> & { lowStock: LowStockRow[] | null };

/**
 * Stock value at cost and at retail, and the variants running low: available ≤ the given
 * threshold, or each variant's own low-stock threshold when none is given (variants without one
 * are then never low). Only tracked variants count; archived products are not flagged as low.
 */
export async function getInventoryReport({
  db,
  tenantId: t,
  threshold,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  threshold?: number | undefined;
  limit: number;
}): Promise<InventoryReport> {
  const [row] = await db.$transaction((tx) =>
    tx.$queryRaw<Row[]>(Prisma.sql`
      WITH levels AS (
        SELECT l."variantId", sum(l."onHand") AS on_hand,
               coalesce(sum(l."onHand" - l.reserved) FILTER (WHERE loc."isActive"), 0) AS available
          FROM "InventoryLevel" l
          JOIN "InventoryLocation" loc ON loc.id = l."locationId" AND loc."tenantId" = l."tenantId"
         WHERE l."tenantId" = ${t}
         GROUP BY l."variantId"
      ),
      stock AS (
        SELECT v.id AS "variantId", v."productId", p.title AS "productTitle",
               v.title AS "variantTitle", v.sku, v.price, v."costPrice", p.status,
               coalesce(lv.on_hand, 0) AS on_hand, coalesce(lv.available, 0)::int AS available,
               coalesce(${threshold ?? null}::int, v."lowStockThreshold") AS threshold
          FROM "ProductVariant" v
          JOIN "Product" p ON p.id = v."productId" AND p."tenantId" = v."tenantId"
          LEFT JOIN levels lv ON lv."variantId" = v.id
         WHERE v."tenantId" = ${t} AND v."trackInventory"
      ),
      low AS (
        SELECT * FROM stock
         WHERE status <> 'archived' AND threshold IS NOT NULL AND available <= threshold
      )
      SELECT (SELECT currency FROM "Tenant" WHERE id = ${t}) AS currency,
             coalesce(sum(on_hand), 0)::float8 AS units,
             coalesce(sum(on_hand * coalesce("costPrice", 0)), 0)::float8 AS "costValue",
             coalesce(sum(on_hand * price), 0)::float8 AS "retailValue",
             (count(*) FILTER (WHERE "costPrice" IS NULL AND on_hand > 0))::int AS "variantsWithoutCost",
             (SELECT count(*) FROM low)::int AS "lowStockCount",
             (SELECT json_agg(json_build_object(
                       'variantId', x."variantId", 'productId', x."productId",
                       'productTitle', x."productTitle", 'variantTitle', x."variantTitle",
                       'sku', x.sku, 'available', x.available, 'threshold', x.threshold)
                     ORDER BY x.available, x."productTitle", x.sku)
                FROM (SELECT * FROM low ORDER BY available, "productTitle", sku
                       LIMIT ${limit}::int) x) AS "lowStock"
        FROM stock`),
  );
  if (!row) throw new Error('The inventory report returned no row');
  return { ...row, lowStock: row.lowStock ?? [] };
}
