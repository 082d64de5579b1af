import type { RouterOutputs } from '@storeloom/api';
import {
  ButtonLink,
  Card,
  CardHeader,
  CardTitle,
  DateTime,
  Money,
  StatusBadge,
  Table,
  TBody,
  TD,
  TH,
  THead,
  TR,
} from '@storeloom/ui';
import Link from 'next/link';
import { useId } from 'react';

import { ordersHref } from '~/lib/order-filters';

type RecentOrder = RouterOutputs['customers']['get']['recentOrders'][number];

export interface CustomerOrdersCardProps {
  email: string;
  orders: RecentOrder[];
  /** Orders that were not cancelled, over all time. */
  orderCount: number;
  locale: string;
  timeZone: string;
}

/** The customer's latest orders (cancelled ones too), each net of refunds. */
export function CustomerOrdersCard({
  email,
  orders,
  orderCount,
  locale,
  timeZone,
}: CustomerOrdersCardProps) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId} className="overflow-hidden">
      <CardHeader
        actions={
          orders.length > 0 && (
            <ButtonLink
              href={ordersHref({ status: undefined, search: email })}
              linkComponent={Link}
              variant="secondary"
              size="sm"
            >
              All orders
            </ButtonLink>
          )
        }
      >
        <CardTitle id={titleId}>Recent orders</CardTitle>
      </CardHeader>
      {orders.length === 0 ? (
        <p className="px-4 pb-4 text-sm text-muted-foreground">
          No orders yet. They appear here when this customer checks out.
        </p>
      ) : (
        <Table>
          <THead>
            <TR>
              <TH className="pl-4">Order</TH>
              <TH>Placed</TH>
              <TH>Status</TH>
              <TH>Payment</TH>
              <TH numeric className="pr-4">
                Total
              </TH>
            </TR>
          </THead>
          <TBody>
            {orders.map((order) => (
              <TR key={order.id}>
                <TD className="pl-4">
                  <Link
                    href={`/orders/${order.id}`}
                    className="font-medium text-foreground hover:underline"
                  >
                    #{order.number}
                  </Link>
                </TD>
                <TD className="whitespace-nowrap text-muted-foreground">
                  <DateTime value={order.placedAt} locale={locale} timeZone={timeZone} />
                </TD>
                <TD>
                  <StatusBadge kind="order" status={order.status} />
                </TD>
                <TD>
                  <StatusBadge kind="payment" status={order.paymentStatus} />
                </TD>
                <TD numeric className="pr-4">
                  <Money amountMinor={order.total} currency={order.currency} locale={locale} />
                  {order.refundedTotal > 0 && (
                    <span className="block text-xs text-muted-foreground">
                      <Money
                        amountMinor={order.refundedTotal}
                        currency={order.currency}
                        locale={locale}
                      />{' '}
                      refunded
                    </span>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      {orderCount > orders.length && (
        <p className="border-t border-border px-4 py-2 text-xs text-muted-foreground">
          The {orders.length} latest of {orderCount} orders.
        </p>
      )}
    </Card>
  );
}
