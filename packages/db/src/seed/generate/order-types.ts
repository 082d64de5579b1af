import type {
  FulfillmentStatus,
  OrderSource,
  OrderStatus,
  PaymentState,
  PaymentStatus,
  ReturnStatus,
  ShipmentStatus,
} from '../../generated/prisma/enums';
import type { AddressSnapshot } from './address';
import type { OrderTotals } from './order-totals';

/** Plans are plain data (no ids): the writers resolve SKUs and emails to rows. */
export interface OrderItemPlan {
  position: number;
  productSlug: string;
  sku: string;
  name: string;
  variantTitle: string;
  unitPrice: number;
  quantity: number;
  costPrice: number;
  discountAmount: number;
  taxAmount: number;
  total: number;
  fulfilledQuantity: number;
  returnedQuantity: number;
}

export interface PaymentPlan {
  status: PaymentState;
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
  idempotencyKey: string;
  providerReference: string;
  createdAt: Date;
}

export interface ShipmentPlan {
  carrier: string;
  service: string;
  trackingNumber: string;
  trackingUrl: string;
  status: ShipmentStatus;
  shippedAt: Date;
  deliveredAt: Date | null;
}

export interface ReturnPlan {
  number: number;
  status: ReturnStatus;
  reason: string;
  customerNote: string | null;
  refundAmount: number;
  requestedAt: Date;
  approvedAt: Date | null;
  receivedAt: Date | null;
  refundedAt: Date | null;
  items: readonly {
    position: number;
    quantity: number;
    reason: string;
    condition: string | null;
    restocked: boolean;
  }[];
  refund: { amount: number; idempotencyKey: string; createdAt: Date } | null;
}

export interface OrderEventPlan {
  type: string;
  message: string;
  createdAt: Date;
  data: Record<string, string | number>;
}

export interface OrderPlan {
  number: number;
  placedAt: Date;
  /** Email of the store customer who placed it; null for guest checkouts. */
  customerEmail: string | null;
  email: string;
  phone: string | null;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  source: OrderSource;
  shippingTierCode: string;
  shippingMethodName: string;
  shippingAddress: AddressSnapshot;
  billingAddress: AddressSnapshot;
  discountCode: string | null;
  customerNote: string | null;
  idempotencyKey: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  refundedTotal: number;
  totals: Omit<OrderTotals, 'lines'>;
  items: readonly OrderItemPlan[];
  payment: PaymentPlan | null;
  shipment: ShipmentPlan | null;
  return: ReturnPlan | null;
  events: readonly OrderEventPlan[];
}
