import { Badge, type Tone } from '@storeloom/ui';

import type { AccountOrder, AccountReturn, AccountShipment } from './account-types';

type Status<K extends string> = Record<K, { label: string; tone: Tone }>;

// Written for shoppers: "Shipped" rather than the desk's "Fulfilled".
const orderStatuses: Status<AccountOrder['status']> = {
  pending_payment: { label: 'Awaiting payment', tone: 'warning' },
  paid: { label: 'Paid', tone: 'info' },
  processing: { label: 'Processing', tone: 'info' },
  partially_fulfilled: { label: 'Partly shipped', tone: 'info' },
  fulfilled: { label: 'Shipped', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  partially_refunded: { label: 'Partly refunded', tone: 'warning' },
};

const paymentStatuses: Status<AccountOrder['paymentStatus']> = {
  pending: { label: 'Awaiting payment', tone: 'warning' },
  authorized: { label: 'Authorized', tone: 'info' },
  paid: { label: 'Paid', tone: 'success' },
  partially_refunded: { label: 'Partly refunded', tone: 'warning' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  failed: { label: 'Payment failed', tone: 'danger' },
  voided: { label: 'Voided', tone: 'neutral' },
};

const fulfillmentStatuses: Status<AccountOrder['fulfillmentStatus']> = {
  unfulfilled: { label: 'Not shipped yet', tone: 'neutral' },
  partially_fulfilled: { label: 'Partly shipped', tone: 'info' },
  fulfilled: { label: 'Shipped', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
  partially_returned: { label: 'Partly returned', tone: 'warning' },
  returned: { label: 'Returned', tone: 'neutral' },
};

const shipmentStatuses: Status<AccountShipment['status']> = {
  pending: { label: 'Preparing', tone: 'neutral' },
  shipped: { label: 'Shipped', tone: 'info' },
  in_transit: { label: 'In transit', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
  exception: { label: 'Delivery problem', tone: 'danger' },
};

const returnStatuses: Status<AccountReturn['status']> = {
  requested: { label: 'Requested', tone: 'warning' },
  approved: { label: 'Approved', tone: 'info' },
  rejected: { label: 'Rejected', tone: 'danger' },
  received: { label: 'Received', tone: 'info' },
  refunded: { label: 'Refunded', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

function badge({ label, tone }: { label: string; tone: Tone }) {
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}

export const OrderStatusBadge = ({ status }: { status: AccountOrder['status'] }) =>
  badge(orderStatuses[status]);
export const PaymentStatusBadge = ({ status }: { status: AccountOrder['paymentStatus'] }) =>
  badge(paymentStatuses[status]);
export const FulfillmentStatusBadge = ({ status }: { status: AccountOrder['fulfillmentStatus'] }) =>
  badge(fulfillmentStatuses[status]);
export const ShipmentStatusBadge = ({ status }: { status: AccountShipment['status'] }) =>
  badge(shipmentStatuses[status]);
export const ReturnStatusBadge = ({ status }: { status: AccountReturn['status'] }) =>
  badge(returnStatuses[status]);
