import { allocateProportionally } from '../pricing/allocate-proportionally.ts';
import type { AppliedDiscount, RejectedCode } from '../pricing/priced-checkout.ts';
import { ratioHalfUp } from '../pricing/rounding.ts';
import {
  type DiscountableLine,
  type DiscountCandidate,
  discountLabel,
  lineInScope,
} from './discount-candidate.ts';
import { whyIneligible } from './discount-eligibility.ts';
import { normalizeDiscountCode } from './normalize-code.ts';

export interface DiscountEvaluationInput {
  lines: readonly DiscountableLine[];
  /** Automatic discounts of the store and the discounts matching the entered codes. */
  candidates: readonly DiscountCandidate[];
  /** Codes as the shopper typed them. */
  enteredCodes: readonly string[];
  currency: string;
  now: Date;
}

export interface DiscountEvaluation {
  /** Each line's share of the applied product/order discounts, in line order. */
  lineDiscounts: number[];
  /** Applied percentage and fixed-amount discounts with the amount each took. */
  applied: AppliedDiscount[];
  /** The free-shipping discount that applies, if any; its amount is settled with the shipping. */
  freeShipping: DiscountCandidate | null;
  rejected: RejectedCode[];
}

interface Application {
  discounts: DiscountCandidate[];
  lineDiscounts: number[];
  amounts: number[];
  total: number;
}

/** The value of a discount on its own: a share of the lines in scope, or its fixed amount. */
function nominalAmount(discount: DiscountCandidate, lines: readonly DiscountableLine[]): number {
  const inScope = lines
    .filter((line) => lineInScope(discount, line))
    .reduce((sum, line) => sum + line.subtotal, 0);
  if (discount.kind === 'percentage') return ratioHalfUp(inScope, discount.value, 10_000);
  return Math.min(discount.value, inScope);
}

/**
 * Applies discounts one after the other; each is spread over the lines in its scope in
 * proportion to what is left of them, so a line never goes below zero.
 */
function apply(discounts: DiscountCandidate[], lines: readonly DiscountableLine[]): Application {
  const remaining = lines.map((line) => line.subtotal);
  const amounts = discounts.map((discount) => {
    const indexes = lines.flatMap((line, index) => (lineInScope(discount, line) ? [index] : []));
    const parts = allocateProportionally(
      nominalAmount(discount, lines),
      indexes.map((index) => remaining[index] ?? 0),
    );
    parts.forEach((part, position) => {
      const index = indexes[position];
      if (index !== undefined) remaining[index] = (remaining[index] ?? 0) - part;
    });
    return parts.reduce((sum, part) => sum + part, 0);
  });
  const lineDiscounts = lines.map((line, index) => line.subtotal - (remaining[index] ?? 0));
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  return { discounts, lineDiscounts, amounts, total };
}

/**
 * The stacking rule: discounts that combine go together; one that does not combine stands
 * alone. Of those choices the shopper gets the one that saves the most (the first on a tie).
 */
function bestApplication(
  eligible: DiscountCandidate[],
  lines: readonly DiscountableLine[],
): Application {
  const combinable = eligible.filter((discount) => discount.combinesWithDiscounts);
  const choices = [
    ...(combinable.length > 0 ? [combinable] : []),
    ...eligible.filter((discount) => !discount.combinesWithDiscounts).map((d) => [d]),
  ];
  let best = apply([], lines);
  for (const choice of choices) {
    const application = apply(choice, lines);
    if (best.discounts.length === 0 || application.total > best.total) best = application;
  }
  return best;
}

/**
 * Decides which discounts apply to a cart and how much each line saves. Entered codes that
 * cannot be used come back in `rejected` with a reason; automatic discounts that do not apply
 * are silently left out.
 */
export function evaluateDiscounts(input: DiscountEvaluationInput): DiscountEvaluation {
  const { lines, candidates } = input;
  const context = { lines, currency: input.currency, now: input.now };
  const rejected: RejectedCode[] = [];
  const eligible: DiscountCandidate[] = [];

  const codes = [...new Set(input.enteredCodes.map(normalizeDiscountCode))].filter(Boolean);
  for (const code of codes) {
    const discount = candidates.find((c) => c.method === 'code' && c.code === code);
    const reason = discount ? whyIneligible(discount, context) : `${code} is not a valid code`;
    if (reason !== null) rejected.push({ code, reason });
    else if (discount) eligible.push(discount);
  }
  for (const discount of candidates) {
    if (discount.method === 'automatic' && whyIneligible(discount, context) === null) {
      eligible.push(discount);
    }
  }

  const chosen = bestApplication(
    eligible.filter((discount) => discount.kind !== 'free_shipping'),
    lines,
  );
  const leader = chosen.discounts[0];
  const shippingCombines = chosen.discounts.every((discount) => discount.combinesWithShipping);
  let freeShipping: DiscountCandidate | null = null;
  for (const discount of eligible) {
    if (discount.kind === 'free_shipping') {
      if (!shippingCombines && leader) {
        if (discount.code) {
          rejected.push({
            code: discount.code,
            reason: `${discount.code} cannot be combined with ${discountLabel(leader)}`,
          });
        }
      } else if (freeShipping) {
        if (discount.code) {
          rejected.push({
            code: discount.code,
            reason: `Shipping is already free with ${discountLabel(freeShipping)}`,
          });
        }
      } else {
        freeShipping = discount;
      }
    } else if (!chosen.discounts.includes(discount) && discount.code && leader) {
      rejected.push({
        code: discount.code,
        reason: `${discount.code} cannot be combined with ${discountLabel(leader)}`,
      });
    }
  }

  return {
    lineDiscounts: chosen.lineDiscounts,
    applied: chosen.discounts.map((discount, index) => ({
      discountId: discount.id,
      code: discount.code,
      title: discount.title,
      kind: discount.kind,
      amount: chosen.amounts[index] ?? 0,
    })),
    freeShipping,
    rejected,
  };
}
