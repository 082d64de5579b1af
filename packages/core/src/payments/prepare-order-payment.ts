import type { PaymentState, TenantTransaction } from '@storeloom/db';
import type { PaymentProviderId } from '@storeloom/payments';

import type { Shopper } from '../cart/shopper.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';
import {
  type CheckoutPaymentMethod,
  listCheckoutPaymentMethods,
} from '../payment-settings/list-checkout-payment-methods.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { readPaymentSettings } from '../payment-settings/read-payment-settings.ts';
import type { OrderPaymentAction } from './payment-next-action.ts';
import { shopperOrderWhere } from './shopper-order-where.ts';

export /** Payment rows a shopper can still complete. */
const OPEN_STATES: readonly PaymentState[] = ['pending', 'requires_action', 'authorized'];

export type Prepared =
  | { kind: 'done'; action: OrderPaymentAction }
  | {
      kind: 'provider';
      provider: Exclude<PaymentProviderId, 'manual'>;
      method: CheckoutPaymentMethod;
      order: { id: string; number: number; email: string | null; currency: string };
      due: number;
      idempotencyKey: string;
      capture: 'automatic' | 'manual';
      /** The attempt being resumed, if any. */
      open: { id: string; providerReference: string | null } | null;
    };

/**
 * Decides, from the order and the store's methods, what paying it takes: nothing (paid,
 * authorised, manual instructions), or a provider payment with its idempotency key (the open
 * attempt's, or a new one per attempt).
 */
export async function prepare(
  tx: TenantTransaction,
  {
    tenantId,
    orderId,
    shopper,
    chosen,
  }: {
    tenantId: string;
    orderId: string;
    shopper: Shopper | null;
    chosen: PaymentProviderId | undefined;
  },
): Promise<Prepared> {
  const visible = shopper ? shopperOrderWhere(shopper) : {};
  const order = visible
    ? await tx.order.findFirst({
        where: { AND: [{ id: orderId }, visible] },
        select: {
          id: true,
          number: true,
          email: true,
          status: true,
          total: true,
          paidTotal: true,
          currency: true,
          checkout: { select: { paymentProvider: true } },
        },
      })
    : null;
  if (!order) throw notFound('Order');
  if (order.status === 'cancelled') throw preconditionFailed('This order was cancelled');

  const latest = await tx.payment.findFirst({
    where: { orderId: order.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const providerId = chosen ?? order.checkout?.paymentProvider ?? latest?.provider ?? 'manual';
  const due = order.total - order.paidTotal;
  const done = (status: PaymentState | 'paid', paymentId: string | null = null): Prepared => ({
    kind: 'done',
    action: {
      orderId: order.id,
      provider: providerId,
      paymentId,
      status,
      nextAction: { type: 'none' },
    },
  });
  if (order.status !== 'pending_payment' || due <= 0) return done('paid');

  const open =
    latest &&
    latest.provider === providerId &&
    OPEN_STATES.includes(latest.status) &&
    latest.amount === due
      ? latest
      : null;
  if (open?.status === 'authorized') return done('authorized', open.id);

  const method = (await listCheckoutPaymentMethods({ db: tx, tenantId })).find(
    (candidate) => candidate.provider === providerId,
  );
  if (!method) {
    throw preconditionFailed(
      `${providerDisplayName(providerId)} is not available in this store right now; contact the store to pay`,
    );
  }
  if (method.provider === 'manual') {
    return {
      kind: 'done',
      action: {
        orderId: order.id,
        provider: 'manual',
        paymentId: null,
        status: 'pending',
        nextAction: { type: 'instructions', instructions: method.instructions },
      },
    };
  }
  const settings = await readPaymentSettings(tx, tenantId);
  const attempts = await tx.payment.count({ where: { orderId: order.id } });
  return {
    kind: 'provider',
    provider: method.provider,
    method,
    order,
    due,
    idempotencyKey: open?.idempotencyKey ?? `pay:${order.id}:${attempts + 1}`,
    capture: settings.captureMode,
    open: open ? { id: open.id, providerReference: open.providerReference } : null,
  };
}
