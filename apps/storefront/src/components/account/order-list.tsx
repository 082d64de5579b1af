import { DateTime, formatMoney } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { AccountOrderSummary } from './account-types';
import { OrderStatusBadge } from './status-badges';

export interface OrderListProps {
  orders: readonly AccountOrderSummary[];
  locale: string;
}

function itemsText(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

/** Orders as rows: number (the link), date, items, status and total. */
export function OrderList({ orders, locale }: OrderListProps) {
  return (
    <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
      {orders.map((order) => (
        <li
          key={order.orderId}
          className="relative flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 hover:bg-surface-muted/60 sm:px-5"
        >
          <div className="min-w-0 flex-1">
            <Link
              href={`/account/orders/${order.orderId}`}
              className="font-semibold text-foreground after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:underline"
            >
              Order #{order.number}
            </Link>
            <p className="mt-0.5 text-sm text-muted-foreground">
              <DateTime value={order.placedAt} style="date" locale={locale} />
              <span aria-hidden="true"> · </span>
              {itemsText(order.itemCount)}
            </p>
          </div>
          <OrderStatusBadge status={order.status} />
          <p className="w-28 text-right text-sm font-semibold tabular-nums">
            <span className="sr-only">Total </span>
            {formatMoney(order.total, order.currency, locale)}
          </p>
        </li>
      ))}
    </ul>
  );
}
