import type { EstimateItemKind } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';
import { computeOrderCosts, type OrderCosts } from '../orders/order-costs.ts';

export interface EstimateLineInput {
  kind: EstimateItemKind;
  variantId?: string | null;
  name: string;
  description?: string | null;
  /** Units; hours for labour. Two decimals at most. */
  quantity: number;
  /** Cost per unit (per hour for labour). */
  unitCost: number;
  /** Sell price per unit (hourly rate for labour); ignored when a markup is given. */
  unitPrice?: number | null;
  markupBps?: number | null;
}

export interface EstimateLine {
  kind: EstimateItemKind;
  variantId: string | null;
  name: string;
  description: string | null;
  quantity: number;
  unitCost: number;
  unitPrice: number;
  markupBps: number | null;
  hours: number | null;
  labourRate: number | null;
  total: number;
  costTotal: number;
  position: number;
}

export interface EstimateTotals extends OrderCosts {
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

/** Money columns are 32-bit integers; anything above this is refused rather than overflowing. */
const MAX_AMOUNT = 2_000_000_000;

/** Quantities are kept in hundredths so no float reaches money: 2.5 h x $40.00 = $100.00 exactly. */
const hundredthsOf = (quantity: number) => Math.round(quantity * 100);

/**
 * Prices one line on the server: with a markup the sell price follows the cost
 * (unitPrice = round(unitCost x (1 + markup))); totals are quantity x price and quantity x cost.
 */
export function priceEstimateLine(input: EstimateLineInput, position: number): EstimateLine {
  const markupBps = input.markupBps ?? null;
  const unitPrice =
    markupBps === null
      ? (input.unitPrice ?? 0)
      : Math.round((input.unitCost * (10_000 + markupBps)) / 10_000);
  const hundredths = hundredthsOf(input.quantity);
  const total = Math.round((unitPrice * hundredths) / 100);
  const costTotal = Math.round((input.unitCost * hundredths) / 100);
  if (unitPrice > MAX_AMOUNT || total > MAX_AMOUNT || costTotal > MAX_AMOUNT) {
    throw badRequest(`The amounts of ${input.name} are too large`);
  }
  const labour = input.kind === 'labour';
  if (input.variantId && labour) throw badRequest('Labour lines cannot be linked to a product');
  if (input.variantId && hundredths % 100 !== 0) {
    throw badRequest(`${input.name} is linked to a product, so its quantity must be whole`);
  }
  return {
    kind: input.kind,
    variantId: input.variantId ?? null,
    name: input.name,
    description: input.description ?? null,
    quantity: hundredths / 100,
    unitCost: input.unitCost,
    unitPrice,
    markupBps,
    hours: labour ? hundredths / 100 : null,
    labourRate: labour ? unitPrice : null,
    total,
    costTotal,
    position,
  };
}

/**
 * Totals of an estimate, with costs by the same rules as orders (computeOrderCosts): labour cost is
 * hours x the hourly cost, materials and other lines cost their cost total. No tax or discount yet.
 */
export function estimateTotals(lines: readonly EstimateLine[]): EstimateTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  if (subtotal > MAX_AMOUNT) throw badRequest('The estimate total is too large');
  const costs = computeOrderCosts(
    lines.map((line) =>
      line.kind === 'labour'
        ? {
            isLabour: true,
            quantity: 1,
            costPrice: 0,
            hours: line.hours,
            labourRate: line.unitCost,
          }
        : { isLabour: false, quantity: 1, costPrice: line.costTotal },
    ),
    subtotal,
  );
  return { subtotal, discountTotal: 0, taxTotal: 0, total: subtotal, ...costs };
}
