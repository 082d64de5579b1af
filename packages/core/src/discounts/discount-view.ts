import type { DiscountModel as Discount } from '@storeloom/db';

export type DiscountLifecycle = 'active' | 'scheduled' | 'expired' | 'inactive';

export function discountLifecycle(
  discount: Pick<Discount, 'isActive' | 'startsAt' | 'endsAt'>,
  now: Date,
): DiscountLifecycle {
  if (!discount.isActive) return 'inactive';
  if (discount.endsAt && discount.endsAt <= now) return 'expired';
  if (discount.startsAt && discount.startsAt > now) return 'scheduled';
  return 'active';
}

/** What the admin sees of a discount: the row, its scope as ids, and where it stands today. */
export function toDiscountView(
  discount: Discount & {
    products: readonly { productId: string }[];
    categories: readonly { categoryId: string }[];
  },
  now: Date,
) {
  const { products, categories, ...row } = discount;
  return {
    ...row,
    productIds: products.map((entry) => entry.productId),
    categoryIds: categories.map((entry) => entry.categoryId),
    status: discountLifecycle(row, now),
  };
}
export type DiscountView = ReturnType<typeof toDiscountView>;

export const discountViewInclude = {
  products: { select: { productId: true } },
  categories: { select: { categoryId: true } },
} as const;
