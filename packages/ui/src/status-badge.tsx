import { Badge } from './badge';
import type { Tone } from './tone';

/*
 * Domain statuses as the API reports them. Values are matched case-insensitively because
 * Prisma enums are often UPPER_CASE while JSON APIs use snake_case.
 */
export type OrderStatus =
  | 'pending_payment'
  | 'paid'
  | 'processing'
  | 'partially_fulfilled'
  | 'fulfilled'
  | 'delivered'
  | 'cancelled'
  | 'refunded'
  | 'partially_refunded';

export type PaymentStatus =
  | 'pending'
  | 'authorized'
  | 'paid'
  | 'partially_paid'
  | 'partially_refunded'
  | 'refunded'
  | 'failed'
  | 'voided';

export type TenantStatus = 'active' | 'trialing' | 'suspended';

type AnyCase<T extends string> = T | Uppercase<T>;

export const orderStatusTones: Record<OrderStatus, Tone> = {
  pending_payment: 'warning',
  paid: 'info',
  processing: 'info',
  partially_fulfilled: 'warning',
  fulfilled: 'success',
  delivered: 'success',
  cancelled: 'neutral',
  refunded: 'neutral',
  partially_refunded: 'warning',
};

export const paymentStatusTones: Record<PaymentStatus, Tone> = {
  pending: 'warning',
  authorized: 'info',
  paid: 'success',
  partially_paid: 'warning',
  partially_refunded: 'warning',
  refunded: 'neutral',
  failed: 'danger',
  voided: 'neutral',
};

export const tenantStatusTones: Record<TenantStatus, Tone> = {
  active: 'success',
  trialing: 'info',
  suspended: 'danger',
};

export type StatusBadgeProps =
  | { kind: 'order'; status: AnyCase<OrderStatus>; className?: string }
  | { kind: 'payment'; status: AnyCase<PaymentStatus>; className?: string }
  | { kind: 'tenant'; status: AnyCase<TenantStatus>; className?: string };

/** "partially_refunded" -> "Partially refunded" */
export function statusLabel(status: string): string {
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** TS types `toLowerCase()` as plain string; lowering an `AnyCase<T>` does give back a `T`. */
function lower<T extends string>(status: AnyCase<T>): T {
  return status.toLowerCase() as T;
}

function toneOf(props: StatusBadgeProps): Tone {
  switch (props.kind) {
    case 'order':
      return orderStatusTones[lower(props.status)];
    case 'payment':
      return paymentStatusTones[lower(props.status)];
    case 'tenant':
      return tenantStatusTones[lower(props.status)];
  }
}

export function StatusBadge(props: StatusBadgeProps) {
  return (
    <Badge tone={toneOf(props)} dot className={props.className}>
      {statusLabel(props.status)}
    </Badge>
  );
}
