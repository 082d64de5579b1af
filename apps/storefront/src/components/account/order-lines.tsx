import { formatMoney } from '@storeloom/ui';

import type { AccountOrderLine, MoneyFormat } from './account-types';

/** What happened to a line after it was ordered, when anything did. */
function lineProgress(line: AccountOrderLine): string | null {
  const parts: string[] = [];
  if (line.fulfilledQuantity > 0 && line.fulfilledQuantity < line.quantity) {
    parts.push(`${line.fulfilledQuantity} of ${line.quantity} shipped`);
  }
  if (line.returnedQuantity > 0) parts.push(`${line.returnedQuantity} returned`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The ordered lines: name, variant, quantity, unit price and line total. */
export function OrderLines({
  lines,
  money,
}: {
  lines: readonly AccountOrderLine[];
  money: MoneyFormat;
}) {
  const format = (amount: number) => formatMoney(amount, money.currency, money.locale);
  return (
    <ul className="divide-y divide-border">
      {lines.map((line) => {
        const progress = lineProgress(line);
        return (
          <li key={line.orderItemId} className="flex gap-4 py-4 first:pt-0 last:pb-0">
            <div className="min-w-0 flex-1">
              <p className="font-medium text-foreground">{line.name}</p>
              {line.variantTitle !== null && (
                <p className="text-sm text-muted-foreground">{line.variantTitle}</p>
              )}
              <p className="mt-1 text-sm text-muted-foreground tabular-nums">
                {line.quantity} × {format(line.unitPrice)}
                {line.sku !== null && (
                  <span className="ml-2 text-subtle-foreground">SKU {line.sku}</span>
                )}
              </p>
              {progress !== null && (
                <p className="mt-1 text-xs text-muted-foreground">{progress}</p>
              )}
            </div>
            <p className="text-sm font-medium tabular-nums">{format(line.total)}</p>
          </li>
        );
      })}
    </ul>
  );
}
