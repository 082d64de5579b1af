/** The most of one variant a single "Add to cart" takes (the cart's own limit per line). */
export const MAX_QUANTITY_PER_ADD = 999;

/** What a variant's stock allows; `available` is null when the store does not track it. */
export interface StockInfo {
  available: number | null;
  inStock: boolean;
}

/**
 * The most a shopper can add now: the units left, or the per-add limit when stock does not
 * limit the variant (untracked, or none left but backorders allowed). Zero when sold out.
 */
export function maxQuantityFor(stock: StockInfo): number {
  if (!stock.inStock) return 0;
  if (stock.available === null || stock.available === 0) return MAX_QUANTITY_PER_ADD;
  return Math.min(stock.available, MAX_QUANTITY_PER_ADD);
}

export type QuantityCheck = { ok: true; quantity: number } | { ok: false; message: string };

/** Reads the quantity field; every way it can be wrong has its own message. */
export function checkQuantity(text: string, max: number): QuantityCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a quantity.' };
  const quantity = Number(trimmed);
  if (!Number.isFinite(quantity) || !Number.isInteger(quantity)) {
    return { ok: false, message: 'Enter a whole number, such as 1 or 2.' };
  }
  if (quantity < 0) return { ok: false, message: 'The quantity cannot be negative.' };
  if (quantity === 0) return { ok: false, message: 'The quantity must be at least 1.' };
  if (max < MAX_QUANTITY_PER_ADD && quantity > max) {
    return {
      ok: false,
      message:
        max === 1
          ? 'Only 1 left in stock. Choose 1.'
          : `Only ${String(max)} left in stock. Choose ${String(max)} or fewer.`,
    };
  }
  if (quantity > MAX_QUANTITY_PER_ADD) {
    return { ok: false, message: `You can add at most ${String(MAX_QUANTITY_PER_ADD)} at a time.` };
  }
  return { ok: true, quantity };
}
