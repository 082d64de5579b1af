import { labourCostOf, marginBpsOf } from './order-costs.ts';

export interface ProfitableItem {
  quantity: number;
  total: number;
  taxAmount: number;
  costPrice: number;
  isLabour: boolean;
  hours: number | null;
  labourRate: number | null;
}

export interface ItemProfit {
  /** What the line brings in: its total without tax. */
  revenue: number;
  /** costPrice x quantity for goods and materials; hours x rate for labour. */
  cost: number;
  profit: number;
  /** Profit over revenue in basis points; 0 without revenue. */
  marginBps: number;
}

/** Profit of one order line, by the same rules as the order's totals (computeOrderCosts). */
export function itemProfit(item: ProfitableItem): ItemProfit {
  const revenue = item.total - item.taxAmount;
  const cost = item.isLabour ? labourCostOf(item) : item.costPrice * item.quantity;
  const profit = revenue - cost;
  return { revenue, cost, profit, marginBps: marginBpsOf(profit, revenue) };
}
