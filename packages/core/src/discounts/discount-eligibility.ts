import { formatAmount } from '../pricing/format-amount.ts';
import {
  type DiscountableLine,
  type DiscountCandidate,
  discountLabel,
  lineInScope,
} from './discount-candidate.ts';

export interface EligibilityContext {
  lines: readonly DiscountableLine[];
  currency: string;
  now: Date;
}

/**
 * Why a discount cannot be used on this cart, as a sentence for the shopper, or null when it
 * can. Checks run from the most to the least definitive reason.
 */
export function whyIneligible(
  discount: DiscountCandidate,
  context: EligibilityContext,
): string | null {
  const name = discountLabel(discount);
  const { now } = context;
  if (!discount.isActive) return `${name} is no longer active`;
  if (discount.startsAt && now < discount.startsAt) return `${name} is not active yet`;
  if (discount.endsAt && now >= discount.endsAt) return `${name} has expired`;
  if (discount.usageLimit !== null && discount.usageCount >= discount.usageLimit) {
    return `${name} has reached its usage limit`;
  }
  if (
    discount.perCustomerLimit !== null &&
    discount.customerUsageCount !== null &&
    discount.customerUsageCount >= discount.perCustomerLimit
  ) {
    return `You have already used ${name} the maximum number of times`;
  }
  if (discount.kind === 'fixed_amount' && discount.currency !== context.currency) {
    return `${name} cannot be used with prices in ${context.currency}`;
  }
  const subtotal = context.lines.reduce((sum, line) => sum + line.subtotal, 0);
  if (discount.minSubtotal !== null && subtotal < discount.minSubtotal) {
    return `Spend ${formatAmount(discount.minSubtotal, context.currency)} to use ${name}`;
  }
  if (!context.lines.some((line) => line.subtotal > 0 && lineInScope(discount, line))) {
    return `${name} does not apply to anything in your cart`;
  }
  return null;
}
