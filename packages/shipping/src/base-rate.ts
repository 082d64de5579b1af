import type { ShippingRateDefinition } from './types.ts';

export interface OrderMeasures {
  weightGrams: number;
  orderValue: number;
}

function measureFor(rate: ShippingRateDefinition, order: OrderMeasures): number | null {
  if (rate.basis === 'weight') return order.weightGrams;
  if (rate.basis === 'order_value') return order.orderValue;
  return null;
}

/** Flat rates always apply; banded ones when the order falls in [minValue, maxValue). */
export function rateApplies(rate: ShippingRateDefinition, order: OrderMeasures): boolean {
  const measure = measureFor(rate, order);
  if (measure === null) return true;
  return measure >= (rate.minValue ?? 0) && (rate.maxValue === null || measure < rate.maxValue);
}

/** The standard-tier base price: the cheapest active rate in the store currency that applies. */
export function cheapestBaseRate(
  rates: readonly ShippingRateDefinition[],
  order: OrderMeasures,
  currency: string,
): ShippingRateDefinition | null {
  let best: ShippingRateDefinition | null = null;
  for (const rate of rates) {
    if (!rate.isActive || rate.currency !== currency || !rateApplies(rate, order)) continue;
    if (best === null || rate.price < best.price) best = rate;
  }
  return best;
}
