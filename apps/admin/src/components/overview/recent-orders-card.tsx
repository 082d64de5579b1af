import type { RouterOutputs } from '@storeloom/api';
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  DateTime,
  EmptyState,
  Money,
  ReceiptIcon,
  StatusBadge,
  Table,
  TBody,
  TD,
  TH,
  THead,
  TR,
} from '@storeloom/ui';

import { FulfillmentBadge } from './fulfillment-badge';

type RecentOrder = RouterOutputs['store']['overview']['recentOrders'][number];

export interface RecentOrdersCardProps {
  orders: RecentOrder[];
  locale: string;
  timeZone: string;
}

export function RecentOrdersCard({ orders, locale, timeZone }: RecentOrdersCardProps) {
  return (
    <Card className="overflow-hidden">
      <CardHeader>
        <CardTitle>Recent orders</CardTitle>
        <CardDescription>The latest orders placed in your store.</CardDescription>
      </CardHeader>
      {orders.length === 0 ? (
        <EmptyState
          icon={<ReceiptIcon />}
          titleAs="h3"
          title="No orders yet"
          description="Orders appear here as soon as customers check out."
        />
      ) : (
        <Table className="mt-2">
          <THead>
            <TR>
              <TH className="pl-4">Order</TH>
              <TH>Customer</TH>
              <TH>Placed</TH>
              <TH>Payment</TH>
              <TH>Fulfillment</TH>
              <TH>Status</TH>
              <TH numeric className="pr-4">
                Total
              </TH>
            </TR>
          </THead>
          <TBody>
            {orders.map((order) => (
              <TR key={order.id}>
                <TD className="pl-4 font-medium whitespace-nowrap">#{order.number}</TD>
                <TD className="max-w-56 truncate text-muted-foreground">{order.email}</TD>
                <TD className="whitespace-nowrap text-muted-foreground">
                  <DateTime value={order.placedAt} locale={locale} timeZone={timeZone} />
                </TD>
                <TD>
                  <StatusBadge kind="payment" status={order.paymentStatus} />
                </TD>
                <TD>
                  <FulfillmentBadge status={order.fulfillmentStatus} />
                </TD>
                <TD>
                  <StatusBadge kind="order" status={order.status} />
                </TD>
                <TD numeric className="pr-4 font-medium">
                  <Money amountMinor={order.total} currency={order.currency} locale={locale} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
