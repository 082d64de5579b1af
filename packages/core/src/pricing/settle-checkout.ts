import type { DiscountEvaluation } from '../discounts/evaluate-discounts.ts';
import { badRequest } from '../errors/domain-error.ts';
import { taxOn } from '../tax/compute-tax.ts';
import type {
  AppliedDiscount,
  PricedCheckout,
  PricedLine,
  ShippingOption,
} from './priced-checkout.ts';

/** Free-shipping discounts waive this tier only; faster tiers are still paid for. */
export const FREE_SHIPPING_TIER = 'standard';

export type PricingLineInput = Omit<
  PricedLine,
  'subtotal' | 'discountAmount' | 'taxAmount' | 'total'
>;

export interface SettlementInput {
  currency: string;
  pricesIncludeTax: boolean;
  lines: readonly PricingLineInput[];
  discounts: DiscountEvaluation;
  /** Options as quoted, before any free-shipping discount. */
  shippingOptions: readonly ShippingOption[];
  shippingUnavailableReason: string | null;
  tierCode: string | null;
  taxRate: { rateBps: number; appliesToShipping: boolean } | null;
}

function selectOption(options: readonly ShippingOption[], tierCode: string | null) {
  if (tierCode === null || options.length === 0) return null;
  const option = options.find((candidate) => candidate.tierCode === tierCode);
  if (!option) throw badRequest('Choose one of the shipping options', { tierCode });
  return option;
}

/**
 * Puts a priced cart together: line discounts and taxes, the shipping options after any
 * free-shipping discount, the chosen option, and totals that always satisfy
 * total = subtotal - discountTotal + shippingTotal (+ taxTotal when prices exclude tax).
 */
export function settleCheckout(input: SettlementInput): PricedCheckout {
  const { discounts, pricesIncludeTax, taxRate } = input;
  const rateBps = taxRate?.rateBps ?? 0;

  const lines = input.lines.map((line, index): PricedLine => {
    const subtotal = line.unitPrice * line.quantity;
    const discountAmount = discounts.lineDiscounts[index] ?? 0;
    const taxAmount = taxOn(subtotal - discountAmount, rateBps, pricesIncludeTax);
    const total = subtotal - discountAmount + (pricesIncludeTax ? 0 : taxAmount);
    return { ...line, subtotal, discountAmount, taxAmount, total };
  });

  const freeShipping = discounts.freeShipping;
  const quoted = input.shippingOptions.find((option) => option.tierCode === FREE_SHIPPING_TIER);
  const shippingOptions = input.shippingOptions.map((option) =>
    freeShipping && option.tierCode === FREE_SHIPPING_TIER ? { ...option, price: 0 } : option,
  );
  const selectedShipping = selectOption(shippingOptions, input.tierCode);
  const shippingTotal = selectedShipping?.price ?? 0;

  const appliedDiscounts: AppliedDiscount[] = [...discounts.applied];
  // Listed while it can still save something: until a tier is chosen, or when standard is.
  if (freeShipping && (!selectedShipping || selectedShipping.tierCode === FREE_SHIPPING_TIER)) {
    appliedDiscounts.push({
      discountId: freeShipping.id,
      code: freeShipping.code,
      title: freeShipping.title,
      kind: 'free_shipping',
      amount: selectedShipping && quoted ? quoted.price : 0,
    });
  }

  const shippingTax = taxRate?.appliesToShipping
    ? taxOn(shippingTotal, rateBps, pricesIncludeTax)
    : 0;
  const sum = (pick: (line: PricedLine) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);
  const subtotal = sum((line) => line.subtotal);
  const discountTotal = sum((line) => line.discountAmount);
  const taxTotal = sum((line) => line.taxAmount) + shippingTax;

  return {
    currency: input.currency,
    pricesIncludeTax,
    lines,
    subtotal,
    discountTotal,
    shippingTotal,
    taxTotal,
    total: subtotal - discountTotal + shippingTotal + (pricesIncludeTax ? 0 : taxTotal),
    appliedDiscounts,
    rejectedCodes: discounts.rejected,
    shippingOptions,
    selectedShipping,
    shippingUnavailableReason: input.shippingUnavailableReason,
  };
}
