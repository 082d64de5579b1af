import { createRng } from '../prng';

export interface StockPlan {
  onHand: number;
  lowStockThreshold: number;
}

export const lowStockThreshold = 5;

/** Mostly healthy stock, with a few variants sold out and a few under the low-stock threshold. */
export function planStock(storeSlug: string, skus: readonly string[]): Map<string, StockPlan> {
  const rng = createRng(`${storeSlug}:stock`);
  return new Map(
    skus.map((sku) => {
      const state = rng.weighted([
        ['out', 5],
        ['low', 9],
        ['ok', 86],
      ] as const);
      const onHand =
        state === 'out'
          ? 0
          : state === 'low'
            ? rng.int(1, lowStockThreshold - 1)
            : rng.int(12, 160);
      return [sku, { onHand, lowStockThreshold }];
    }),
  );
}
