'use client';

import {
  ActionNotice,
  buttonClassName,
  Card,
  DateTime,
  PageHeader,
  Skeleton,
  StatusBadge,
} from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { BackLink } from '~/components/back-link';
import { LoadError } from '~/components/load-error';
import { FulfillmentBadge } from '~/components/overview/fulfillment-badge';
import { canShip } from '~/lib/order-desk';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { CreateShipmentButton } from './create-shipment-button';
import { OrderCustomerCard } from './order-customer-card';
import { OrderItemsCard } from './order-items-card';
import { OrderNotesCard } from './order-notes-card';
import { OrderPaymentsCard } from './order-payments-card';
import { OrderShipmentsCard } from './order-shipments-card';

export interface OrderDetailProps {
  orderId: string;
  /** `orders:write`: the server refuses notes and shipments without it, so they are not offered. */
  canWrite: boolean;
  /** Only a note's author may delete it. */
  currentUserId: string;
  locale: string;
  timeZone: string;
}

const backLink = <BackLink href="/orders">Orders</BackLink>;

/** One order: what was bought, by whom, the money, the shipments and the team's notes. */
export function OrderDetail({
  orderId,
  canWrite,
  currentUserId,
  locale,
  timeZone,
}: OrderDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.orders.get.queryOptions({ orderId }));
  const [notice, setNotice] = useState<Notice | null>(null);

  if (query.isPending) {
    return (
      <>
        <PageHeader eyebrow={backLink} title="Order" />
        <Card aria-busy="true" aria-label="Loading the order" className="space-y-3 p-4">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-64" />
        </Card>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader eyebrow={backLink} title="Order" />
        <LoadError
          title="The order could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }

  const order = query.data;
  const documentLink = buttonClassName('secondary');
  return (
    <>
      <PageHeader
        eyebrow={backLink}
        title={`Order #${String(order.number)}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              Placed <DateTime value={order.placedAt} locale={locale} timeZone={timeZone} />
            </span>
            <StatusBadge kind="order" status={order.status} />
            <StatusBadge kind="payment" status={order.paymentStatus} />
            <FulfillmentBadge status={order.fulfillmentStatus} />
          </span>
        }
        actions={
          <>
            <a href={`/orders/${order.id}/invoice`} className={documentLink} download>
              Invoice PDF
            </a>
            <a href={`/orders/${order.id}/packing-slip`} className={documentLink} download>
              Packing slip PDF
            </a>
            {canWrite && canShip(order) && (
              <CreateShipmentButton order={order} onNotice={setNotice} />
            )}
          </>
        }
      />
      <div className="space-y-4">
        {notice !== null && (
          <ActionNotice
            notice={notice}
            onDismiss={() => {
              setNotice(null);
            }}
          />
        )}
        <div className="grid items-start gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <OrderItemsCard order={order} locale={locale} />
            <OrderShipmentsCard
              order={order}
              canWrite={canWrite}
              locale={locale}
              timeZone={timeZone}
              onNotice={setNotice}
            />
            <OrderNotesCard
              order={order}
              canWrite={canWrite}
              currentUserId={currentUserId}
              locale={locale}
              timeZone={timeZone}
              onNotice={setNotice}
            />
          </div>
          <div className="space-y-4">
            <OrderCustomerCard order={order} />
            <OrderPaymentsCard order={order} locale={locale} timeZone={timeZone} />
          </div>
        </div>
      </div>
    </>
  );
}
