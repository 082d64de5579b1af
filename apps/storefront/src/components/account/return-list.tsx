import { DateTime, formatMoney } from '@storeloom/ui';

import type { AccountOrderLine, AccountReturn, MoneyFormat } from './account-types';
import { ReturnStatusBadge } from './status-badges';

export interface ReturnListProps {
  returns: readonly AccountReturn[];
  lines: readonly AccountOrderLine[];
  money: MoneyFormat;
}

/** The order's return requests, newest first, with where each stands. */
export function ReturnList({ returns, lines, money }: ReturnListProps) {
  const nameOf = new Map(lines.map((line) => [line.orderItemId, line.name]));
  return (
    <ul className="space-y-3">
      {returns.map((entry) => (
        <li key={entry.returnId} className="rounded-lg border border-border p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className="font-medium">Return #{entry.number}</h3>
              <p className="mt-0.5 text-sm text-muted-foreground">
                Requested <DateTime value={entry.requestedAt} style="date" locale={money.locale} />
                {' · '}
                {entry.reason}
              </p>
            </div>
            <ReturnStatusBadge status={entry.status} />
          </div>
          <ul className="mt-3 space-y-0.5 text-sm text-muted-foreground">
            {entry.items.map((item) => (
              <li key={item.orderItemId}>
                {item.quantity} × {nameOf.get(item.orderItemId) ?? 'Item'}
              </li>
            ))}
          </ul>
          {entry.customerNote !== null && (
            <p className="mt-2 text-sm text-muted-foreground">Your note: {entry.customerNote}</p>
          )}
          {entry.merchantNote !== null && (
            <p className="mt-2 text-sm text-foreground">From the store: {entry.merchantNote}</p>
          )}
          {entry.refundAmount > 0 && (
            <p className="mt-2 text-sm font-medium">
              Refunded {formatMoney(entry.refundAmount, money.currency, money.locale)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
