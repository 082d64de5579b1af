'use client';

import { ActionNotice, buttonClassName, DateTime, PageHeader, StatusBadge } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { BackLink } from '~/components/back-link';
import { DetailQueryState } from '~/components/detail-query-state';
import { FulfillmentBadge } from '~/components/overview/fulfillment-badge';
import {
  authorisedPayment,
  canCancel,
  canMarkPaid,
  canRefund,
  type OrderPermissions,
} from '~/lib/order-actions';
import { canShip } from '~/lib/order-desk';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { CancelOrderButton } from './cancel-order-button';
import { CapturePaymentButton } from './capture-payment-button';
import { CreateShipmentButton } from './create-shipment-button';
import { MarkPaidButton } from './mark-paid-button';
import { OrderCustomerCard } from './order-customer-card';
import { OrderItemsCard } from './order-items-card';
import { OrderNotesCard } from './order-notes-card';
import { OrderPaymentsCard } from './order-payments-card';
import { OrderProfitCard } from './order-profit-card';
import { OrderShipmentsCard } from './order-shipments-card';
import { OrderTimelineCard } from './order-timeline-card';
import { RefundOrderButton } from './refund-order-button';

export interface OrderDetailProps {
  orderId: string;
  /** The server refuses each action without its permission, so none is offered without it. */
  permissions: OrderPermissions;
  /** Only a note's author may delete it. */
  currentUserId: string;
  locale: string;
  timeZone: string;
}

const backLink = <BackLink href="/orders">Orders</BackLink>;

/**
 * One order: what was bought and what it earned, by whom, the money, the shipments, the team's
 * notes and the timeline, with the actions the order's state and the member's role allow.
 */
export function OrderDetail({
  orderId,
  permissions,
  currentUserId,
  locale,
  timeZone,
}: OrderDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.orders.get.queryOptions({ orderId }));
  const [notice, setNotice] = useState<Notice | null>(null);

  if (query.isPending || query.isError) {
    return <DetailQueryState query={query} title="Order" backLink={backLink} subject="the order" />;
  }

  const order = query.data;
  const { canWrite } = permissions;
  const documentLink = buttonClassName('secondary');
  const capturable = canWrite ? authorisedPayment(order) : undefined;
  const offerMarkPaid = canWrite && canMarkPaid(order);
  const offerRefund = permissions.canRefund && canRefund(order);
  const moneyActions =
    offerMarkPaid || capturable !== undefined || offerRefund ? (
      <>
        {offerMarkPaid && <MarkPaidButton order={order} locale={locale} onNotice={setNotice} />}
        {capturable !== undefined && (
          <CapturePaymentButton
            order={order}
            payment={capturable}
            locale={locale}
            onNotice={setNotice}
          />
        )}
        {offerRefund && <RefundOrderButton order={order} locale={locale} onNotice={setNotice} />}
      </>
    ) : undefined;
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
            {permissions.canCancel && canCancel(order) && (
              <CancelOrderButton order={order} locale={locale} onNotice={setNotice} />
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
            <OrderProfitCard order={order} locale={locale} />
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
            <OrderPaymentsCard
              order={order}
              locale={locale}
              timeZone={timeZone}
              actions={moneyActions}
            />
            <OrderTimelineCard orderId={order.id} locale={locale} timeZone={timeZone} />
          </div>
        </div>
      </div>
    </>
  );
}
