import { ButtonLink, DateTime } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { AccountOrder } from './account-types';
import { FulfillmentStatusBadge, OrderStatusBadge, PaymentStatusBadge } from './status-badges';

/** The order's number, date and where it stands, with the invoice download. */
export function OrderHeader({ order, locale }: { order: AccountOrder; locale: string }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <Link
          href="/account/orders"
          className="text-sm font-medium text-muted-foreground hover:text-foreground"
        >
          ← All orders
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Order #{order.number}</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Placed <DateTime value={order.placedAt} locale={locale} /> UTC
        </p>
        {/* Announced when a refresh changes a status; identical renders say nothing. */}
        <div aria-live="polite" className="mt-3 flex flex-wrap items-center gap-2">
          <span className="sr-only">Order status:</span>
          <OrderStatusBadge status={order.status} />
          <span className="sr-only">Payment:</span>
          <PaymentStatusBadge status={order.paymentStatus} />
          <span className="sr-only">Delivery:</span>
          <FulfillmentStatusBadge status={order.fulfillmentStatus} />
        </div>
      </div>
      <ButtonLink
        href={`/account/orders/${order.orderId}/invoice`}
        variant="secondary"
        size="lg"
        // A file, not a page: the browser downloads it without leaving the order.
        download
      >
        Download invoice (PDF)
      </ButtonLink>
    </div>
  );
}
