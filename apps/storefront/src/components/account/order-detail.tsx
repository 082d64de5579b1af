'use client';

import { Alert, Button } from '@storeloom/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

import { AccountSection } from './account-section';
import { OrderAddresses } from './order-addresses';
import { OrderDetailSkeleton } from './order-detail-skeleton';
import { OrderHeader } from './order-header';
import { OrderLines } from './order-lines';
import { OrderReturns } from './order-returns';
import { OrderTimeline } from './order-timeline';
import { OrderTotals } from './order-totals';
import { ShipmentList } from './shipment-list';

/** How often an open order page asks for news (a shipment, a delivery, a return decision). */
export const LIVE_REFRESH_MS = 30_000;

export interface OrderDetailProps {
  orderId: string;
  locale: string;
}

/**
 * One order, kept live: the page asks again every 30 seconds while it is in view (TanStack Query
 * pauses in background tabs), so a shipment the store adds shows up without a reload.
 */
export function OrderDetail({ orderId, locale }: OrderDetailProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orderQuery = trpc.storefront.account.orders.get.queryOptions(
    { orderId },
    { refetchInterval: LIVE_REFRESH_MS, refetchIntervalInBackground: false },
  );
  const { data: order, isError, isRefetchError, refetch, isRefetching } = useQuery(orderQuery);

  if (order === undefined) {
    if (!isError) return <OrderDetailSkeleton />;
    return (
      <Alert
        tone="danger"
        title="We could not load this order"
        actions={
          <Button
            variant="secondary"
            size="sm"
            loading={isRefetching}
            onClick={() => void refetch()}
          >
            Try again
          </Button>
        }
      >
        Check your connection and try again.
      </Alert>
    );
  }

  const money = { currency: order.currency, locale };

  return (
    <div className="space-y-6">
      <OrderHeader order={order} locale={locale} />

      {isRefetchError && (
        <Alert tone="warning">
          We could not check for updates just now; this is the order as we last saw it.
        </Alert>
      )}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <AccountSection title="Shipments">
            {order.shipments.length > 0 ? (
              <ShipmentList shipments={order.shipments} lines={order.items} locale={locale} />
            ) : (
              <p className="text-sm text-muted-foreground">
                {order.status === 'cancelled'
                  ? 'This order was cancelled before it shipped.'
                  : 'Nothing has shipped yet. Tracking numbers appear here as soon as the store sends your parcel.'}
              </p>
            )}
          </AccountSection>

          <AccountSection title="Items">
            <OrderLines lines={order.items} money={money} />
          </AccountSection>

          <OrderReturns
            order={order}
            money={money}
            onRequested={() => {
              void queryClient.invalidateQueries({ queryKey: orderQuery.queryKey });
            }}
          />

          {order.timeline.length > 0 && (
            <AccountSection title="Order history">
              <OrderTimeline timeline={order.timeline} locale={locale} />
            </AccountSection>
          )}
        </div>

        <div className="space-y-6">
          <AccountSection title="Summary">
            <OrderTotals order={order} locale={locale} />
          </AccountSection>
          <OrderAddresses order={order} locale={locale} />
        </div>
      </div>
    </div>
  );
}
