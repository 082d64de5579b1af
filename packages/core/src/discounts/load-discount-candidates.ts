import type { TenantTransaction } from '@storeloom/db';

import type { DiscountCandidate } from './discount-candidate.ts';
import { normalizeDiscountCode } from './normalize-code.ts';

/**
 * The discounts that could apply to a cart: every active automatic discount, and the discounts
 * whose codes the shopper entered (whatever their state, so the shopper can be told why one is
 * refused). Per-customer usage is counted by email, and only when the email is known.
 */
export async function loadDiscountCandidates(
  tx: TenantTransaction,
  { codes, customerEmail }: { codes: readonly string[]; customerEmail: string | null },
): Promise<DiscountCandidate[]> {
  const normalized = [...new Set(codes.map(normalizeDiscountCode))].filter(Boolean);
  const rows = await tx.discount.findMany({
    where: {
      OR: [
        { method: 'automatic', isActive: true },
        ...(normalized.length > 0 ? [{ method: 'code' as const, code: { in: normalized } }] : []),
      ],
    },
    include: {
      products: { select: { productId: true } },
      categories: { select: { category: { select: { path: true } } } },
    },
    orderBy: { createdAt: 'asc' },
  });
  const email = customerEmail?.trim().toLowerCase() ?? null;
  const limited = rows.filter((row) => row.perCustomerLimit !== null).map((row) => row.id);
  const usage =
    email && limited.length > 0
      ? await tx.discountUsage.groupBy({
          by: ['discountId'],
          where: { discountId: { in: limited }, customerEmail: email },
          _count: { _all: true },
        })
      : [];
  const usageOf = new Map(usage.map((entry) => [entry.discountId, entry._count._all]));
  return rows.map(({ products, categories, ...row }) => ({
    ...row,
    productIds: products.map((entry) => entry.productId),
    categoryPaths: categories.map((entry) => entry.category.path),
    customerUsageCount: email === null ? null : (usageOf.get(row.id) ?? 0),
  }));
}
