export interface CostedItem {
  quantity: number;
  /** Unit cost in minor units (materials and goods). */
  costPrice: number;
  isLabour: boolean;
  /** Labour lines: hours worked (two decimals) and the hourly rate in minor units. */
  hours?: number | null;
  labourRate?: number | null;
}

export interface OrderCosts {
  materialsCost: number;
  labourCost: number;
  totalCost: number;
  profit: number;
  /** Profit over net revenue in basis points; 0 when there is no revenue. */
  marginBps: number;
}

/** Profit over revenue in basis points; 0 when there is no revenue. Follows profit's sign. */
export function marginBpsOf(profit: number, revenue: number): number {
  return revenue > 0 ? Math.round((profit * 10_000) / revenue) : 0;
}

/** Labour cost of one line: hours x rate, with hours in hundredths so no float reaches money. */
export function labourCostOf(item: CostedItem): number {
  if (!item.isLabour) return 0;
  const hundredths = Math.round((item.hours ?? 0) * 100);
  return Math.round((hundredths * (item.labourRate ?? 0)) / 100);
}

/**
 * Costs and profit of an order. Net revenue is what the store keeps before costs: the total
 * without tax and shipping. Profit can be negative; margin follows its sign.
 */
export function computeOrderCosts(items: readonly CostedItem[], netRevenue: number): OrderCosts {
  let materialsCost = 0;
  let labourCost = 0;
  for (const item of items) {
    if (item.isLabour) labourCost += labourCostOf(item);
    else materialsCost += item.costPrice * item.quantity;
  }
  const totalCost = materialsCost + labourCost;
  const profit = netRevenue - totalCost;
  return {
    materialsCost,
    labourCost,
    totalCost,
    profit,
    marginBps: marginBpsOf(profit, netRevenue),
  };
}
