import type { StockInfo } from './quantity-rules';

/** Stock at or below this reads "Only N left", so shoppers know to be quick. */
export const LOW_STOCK_THRESHOLD = 5;

export type StockStatus =
  | { kind: 'in_stock' }
  | { kind: 'low_stock'; left: number }
  | { kind: 'backorder' }
  | { kind: 'sold_out' };

export function stockStatusOf(stock: StockInfo): StockStatus {
  if (!stock.inStock) return { kind: 'sold_out' };
  if (stock.available === null) return { kind: 'in_stock' };
  // None left but still on sale: the store takes orders and ships when it restocks.
  if (stock.available === 0) return { kind: 'backorder' };
  if (stock.available <= LOW_STOCK_THRESHOLD) return { kind: 'low_stock', left: stock.available };
  return { kind: 'in_stock' };
}

export function stockLabel(status: StockStatus): string {
  switch (status.kind) {
    case 'in_stock':
      return 'In stock';
    case 'low_stock':
      return `Only ${String(status.left)} left`;
    case 'backorder':
      return 'Available to order';
    case 'sold_out':
      return 'Sold out';
  }
}
