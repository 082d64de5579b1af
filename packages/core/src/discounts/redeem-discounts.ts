import type { TenantTransaction } from '@storeloom/db';

import { conflict, notFound } from '../errors/domain-error.ts';
import type { AppliedDiscount } from '../pricing/priced-checkout.ts';

interface RedeemedRow {
  code: string | null;
  title: string;
  perCustomerLimit: number | null;
}

function nameOf(discount: { code: string | null; title: string }): string {
  return discount.code ? `The code ${discount.code}` : `The discount ${discount.title}`;
}

/**
 * Counts one use of each applied discount for an order, inside the order's transaction. The
 * increment is a conditional UPDATE, so concurrent orders racing for the last use serialise on
 * the discount row and exactly one wins; the per-customer count is read after that row lock, so
 * it sees every committed use. Redeeming the same order again is a no-op (one usage row per
 * discount per order).
 */
export async function redeemDiscounts(
  tx: TenantTransaction,
  {
    tenantId,
    orderId,
    applied,
    customer,
  }: {
    tenantId: string;
    orderId: string;
    applied: readonly AppliedDiscount[];
    customer: { id: string | null; email: string };
  },
): Promise<void> {
  const email = customer.email.trim().toLowerCase();
  const seen = new Set<string>();
  for (const discount of applied) {
    if (seen.has(discount.discountId)) continue;
    seen.add(discount.discountId);
    const already = await tx.discountUsage.findUnique({
      where: {
        tenantId_discountId_orderId: { tenantId, discountId: discount.discountId, orderId },
      },
      select: { id: true },
    });
    if (already) continue;

    const [row] = await tx.$queryRaw<RedeemedRow[]>`
      UPDATE "Discount"
         SET "usageCount" = "usageCount" + 1, "updatedAt" = now()
       WHERE "tenantId" = ${tenantId} AND "id" = ${discount.discountId}
         AND ("usageLimit" IS NULL OR "usageCount" < "usageLimit")
      RETURNING "code", "title", "perCustomerLimit"`;
    if (!row) {
      const exists = await tx.discount.findUnique({
        where: { id: discount.discountId },
        select: { code: true, title: true },
      });
      if (!exists) throw notFound('Discount');
      throw conflict(`${nameOf(exists)} has reached its usage limit`);
    }
    if (row.perCustomerLimit !== null) {
      const used = await tx.discountUsage.count({
        where: { discountId: discount.discountId, customerEmail: email },
      });
      if (used >= row.perCustomerLimit) {
        throw conflict(`${nameOf(row)} has reached its usage limit`);
      }
    }
    await tx.discountUsage.create({
      data: {
        tenantId,
        discountId: discount.discountId,
        orderId,
        customerId: customer.id,
        customerEmail: email,
        amount: discount.amount,
      },
    });
  }
}
