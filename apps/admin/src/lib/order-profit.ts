import type { RouterOutputs } from '@storeloom/api';

type OrderItem = RouterOutputs['orders']['get']['items'][number];

/** A line has a cost when the order stored one: a unit cost for goods, an hourly rate for labour. */
export function hasCost(item: OrderItem): boolean {
  return item.isLabour ? (item.labourRate ?? 0) > 0 : item.costPrice > 0;
}

export interface ProfitSummary {
  /** Revenue (without tax) of the lines with a cost: the base of the margin. */
  revenue: number;
  materialsCost: number;
  labourCost: number;
  cost: number;
  profit: number;
  /** Profit over revenue in basis points; 0 without revenue. */
  marginBps: number;
  /** Lines without a cost, left out of every figure above. */
  uncostedLines: number;
  hasLabour: boolean;
}

/**
 * Profit of the order's lines that carry a cost, from the per-line figures the API computes.
 * Lines without a cost would count their whole price as profit, so they are left out (and
 * counted, so the page can say so). Shipping is not a line and is not part of it either.
 */
export function summariseProfit(items: readonly OrderItem[]): ProfitSummary {
  const summary: ProfitSummary = {
    revenue: 0,
    materialsCost: 0,
    labourCost: 0,
    cost: 0,
    profit: 0,
    marginBps: 0,
    uncostedLines: 0,
    hasLabour: items.some((item) => item.isLabour),
  };
  for (const item of items) {
    if (!hasCost(item)) {
      summary.uncostedLines += 1;
      continue;
    }
    summary.revenue += item.revenue;
    summary.cost += item.cost;
    if (item.isLabour) summary.labourCost += item.cost;
    else summary.materialsCost += item.cost;
  }
  summary.profit = summary.revenue - summary.cost;
  summary.marginBps =
    summary.revenue > 0 ? Math.round((summary.profit * 10_000) / summary.revenue) : 0;
  return summary;
}
