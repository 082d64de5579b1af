import { Prisma, type OrderStatus, type TenantClient } from '@storeloom/db';

import { findRecommendationSource } from './find-recommendation-source.ts';
import {
  recommendedProductCardsSql,
  type RecommendedProduct,
  type RecommendedProductRow,
  toRecommendedProduct,
} from './recommended-product-cards-sql.ts';

const { sql } = Prisma;

/**
 * Orders that were bought: paid, on their way or delivered. Orders still awaiting payment,
 * cancelled or fully refunded say nothing about what people buy together.
 */
export const PURCHASED_ORDER_STATUSES: readonly OrderStatus[] = [
  'paid',
  'processing',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
  'partially_refunded',
];

/**
 * "Customers also bought": the other active products on this store's bought orders that contain
 * this product, ranked by how many such orders they appear on (in-stock first among equals).
 * NOT_FOUND when the product itself is not on sale.
 */
export async function listAlsoBoughtProducts({
  db,
  tenantId: t,
  productId,
  slug,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  productId?: string;
  slug?: string;
  limit: number;
}): Promise<RecommendedProduct[]> {
  const source = await findRecommendationSource({ db, productId, slug });
  const statuses = [...PURCHASED_ORDER_STATUSES];
  const candidates = sql`
    SELECT oi."productId" AS id, count(DISTINCT oi."orderId")::int AS orders
      FROM "OrderItem" oi
     WHERE oi."tenantId" = ${t} AND oi."productId" IS NOT NULL AND oi."productId" <> ${source.id}
       AND oi."orderId" = ANY(ARRAY(
         SELECT o.id FROM "Order" o
          WHERE o."tenantId" = ${t} AND o.status = ANY(${statuses}::"OrderStatus"[])
            AND o.id = ANY(ARRAY(
              SELECT mine."orderId" FROM "OrderItem" mine
               WHERE mine."tenantId" = ${t} AND mine."productId" = ${source.id}))))
     GROUP BY oi."productId"`;
  const rows = await db.$queryRaw<RecommendedProductRow[]>(
    recommendedProductCardsSql({
      tenantId: t,
      candidates,
      orderBy: sql`c.orders DESC, a."inStock" DESC, c.id`,
      limit,
    }),
  );
  return rows.map(toRecommendedProduct);
}
