import type { TenantClient } from '@storeloom/db';
import type { ProductSelection } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { selectProductIds } from './select-products.ts';

/** The largest price the validators accept; the column is a 32-bit integer. */
const MAX_PRICE = 1_000_000_000;

/**
 * Changes the price of every variant of the selected products by a percentage (basis points),
 * rounded half up to whole minor units — the formula of `applyPercentBps`, run in SQL so the
 * whole change is one statement in one transaction. With `includeCompareAt` the compare-at
 * prices move too; a compare-at price that would no longer be above its price is cleared.
 */
export async function bulkChangePrices({
  db,
  tenantId,
  actor,
  selection,
  percentBps,
  includeCompareAt,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  selection: ProductSelection;
  percentBps: number;
  includeCompareAt: boolean;
}) {
  const factor = 10_000 + percentBps;
  return db.$transaction(async (tx) => {
    const productIds = await selectProductIds(tx, selection);
    if (productIds.length === 0) return { products: 0, variants: 0 };
    const [top] = await tx.$queryRaw<{ sku: string; next: bigint }[]>`
      SELECT "sku",
             greatest(("price"::bigint * ${factor} + 5000) / 10000,
                      CASE WHEN ${includeCompareAt}
                           THEN (coalesce("compareAtPrice", 0)::bigint * ${factor} + 5000) / 10000
                           ELSE 0 END) AS next
        FROM "ProductVariant"
       WHERE "tenantId" = ${tenantId} AND "productId" = ANY(${productIds}::text[])
       ORDER BY next DESC LIMIT 1`;
    if (top && top.next > BigInt(MAX_PRICE)) {
      throw badRequest(`The change would take ${top.sku} above the highest price allowed`);
    }
    const variants = await tx.$executeRaw`
      UPDATE "ProductVariant" AS v
         SET "price" = n.price,
             "compareAtPrice" = CASE WHEN n.compare > n.price THEN n.compare END,
             "updatedAt" = now()
        FROM (
          SELECT "id",
                 greatest(0, ("price"::bigint * ${factor} + 5000) / 10000)::int AS price,
                 CASE WHEN ${includeCompareAt}
                      THEN greatest(0, ("compareAtPrice"::bigint * ${factor} + 5000) / 10000)::int
                      ELSE "compareAtPrice" END AS compare
            FROM "ProductVariant"
           WHERE "tenantId" = ${tenantId} AND "productId" = ANY(${productIds}::text[])
        ) AS n
       WHERE v."id" = n."id" AND v."tenantId" = ${tenantId}`;
    await tx.product.updateMany({
      where: { id: { in: productIds } },
      data: { updatedAt: new Date() },
    });
    const result = { products: productIds.length, variants };
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.bulk.price_change',
      targetType: 'Product',
      after: { ...result, percentBps, includeCompareAt, productIds },
    });
    return result;
  });
}
