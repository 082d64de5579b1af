import type { DiscountKind, DiscountMethod, DiscountScope } from '@storeloom/db';

/** A discount as the calculator sees it: the row, its scope resolved, and its usage so far. */
export interface DiscountCandidate {
  id: string;
  title: string;
  method: DiscountMethod;
  code: string | null;
  kind: DiscountKind;
  /** Basis points for percentages, minor units for fixed amounts. */
  value: number;
  currency: string | null;
  scope: DiscountScope;
  productIds: readonly string[];
  /** Materialised paths ("/root/child/") of the categories in scope; descendants match by prefix. */
  categoryPaths: readonly string[];
  minSubtotal: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  isActive: boolean;
  usageLimit: number | null;
  usageCount: number;
  perCustomerLimit: number | null;
  /** Past uses by this shopper's email; null when the email is not known yet. */
  customerUsageCount: number | null;
  combinesWithDiscounts: boolean;
  combinesWithShipping: boolean;
}

/** What a discount needs to know about a cart line. */
export interface DiscountableLine {
  productId: string;
  /** Materialised paths of the product's categories. */
  categoryPaths: readonly string[];
  subtotal: number;
}

/** The name a shopper knows a discount by: its code, or its title when automatic. */
export function discountLabel(discount: Pick<DiscountCandidate, 'code' | 'title'>): string {
  return discount.code ?? discount.title;
}

export function lineInScope(discount: DiscountCandidate, line: DiscountableLine): boolean {
  if (discount.scope === 'products') return discount.productIds.includes(line.productId);
  if (discount.scope === 'categories') {
    return line.categoryPaths.some((path) =>
      discount.categoryPaths.some((scopePath) => path.startsWith(scopePath)),
    );
  }
  return true;
}
