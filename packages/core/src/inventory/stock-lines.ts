import { badRequest } from '../errors/domain-error.ts';

export interface StockLine {
  variantId: string;
  quantity: number;
}

/**
 * One line per variant, in variant id order. Merging keeps a variant listed twice from being
 * checked against stock twice; the fixed order makes concurrent multi-line writers lock level rows
 * in the same sequence, so they queue instead of deadlocking.
 */
export function mergeStockLines(lines: readonly StockLine[]): StockLine[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw badRequest('Quantities must be whole numbers of at least 1', {
        variantId: line.variantId,
        quantity: line.quantity,
      });
    }
    totals.set(line.variantId, (totals.get(line.variantId) ?? 0) + line.quantity);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variantId, quantity]) => ({ variantId, quantity }));
}
