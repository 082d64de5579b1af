import { cn } from '@storeloom/ui';

import type { StockInfo } from './quantity-rules';
import { stockLabel, type StockStatus, stockStatusOf } from './stock-status';

const dotColour: Record<StockStatus['kind'], string> = {
  in_stock: 'bg-emerald-500',
  low_stock: 'bg-amber-500',
  backorder: 'bg-sky-500',
  sold_out: 'bg-zinc-400',
};

/** "In stock", "Only 3 left", "Available to order" or "Sold out"; "Unavailable" without a variant. */
export function StockNote({ stock }: { stock: StockInfo | null }) {
  const status = stock === null ? null : stockStatusOf(stock);
  return (
    <p className="flex items-center gap-2 text-sm font-medium text-foreground">
      <span
        aria-hidden="true"
        className={cn(
          'size-2 rounded-full',
          status === null ? 'bg-zinc-300' : dotColour[status.kind],
        )}
      />
      {status === null ? 'Unavailable in this combination' : stockLabel(status)}
    </p>
  );
}
