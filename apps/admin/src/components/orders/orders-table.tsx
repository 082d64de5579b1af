import type { RouterOutputs } from '@storeloom/api';
import { DateTime, Money, StatusBadge, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

import { FulfillmentBadge } from '~/components/overview/fulfillment-badge';

import { customerName } from './customer-name';

type OrderRow = RouterOutputs['orders']['list']['items'][number];

export interface OrdersTableProps {
  orders: OrderRow[];
  locale: string;
  timeZone: string;
}

export function OrdersTable({ orders, locale, timeZone }: OrdersTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Order</TH>
          <TH>Placed</TH>
          <TH>Customer</TH>
          <TH>Status</TH>
          <TH>Payment</TH>
          <TH>Fulfillment</TH>
          <TH numeric className="pr-4">
            Total
          </TH>
        </TR>
      </THead>
      <TBody>
        {orders.map((order) => {
          const name = customerName(order.customer);
          return (
            <TR key={order.id}>
              <TD className="pl-4 whitespace-nowrap">
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
              <TD className="max-w-64">
                {name !== null && <p className="truncate">{name}</p>}
                <p className="truncate text-xs text-muted-foreground">{order.email}</p>
              </TD>
              <TD>
                <StatusBadge kind="order" status={order.status} />
              </TD>
              <TD>
                <StatusBadge kind="payment" status={order.paymentStatus} />
              </TD>
              <TD>
                <FulfillmentBadge status={order.fulfillmentStatus} />
              </TD>
              <TD numeric className="pr-4 font-medium">
                <Money amountMinor={order.total} currency={order.currency} locale={locale} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
