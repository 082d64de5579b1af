import type { PaymentProvider, TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { extendOrderReservations } from '../inventory/reservations/extend-order-reservations.ts';
import { awaitsPayment, paymentStateOf, type OrderPaymentState } from './order-payment-state.ts';
import { paymentDeadline } from './payment-window.ts';

export interface PaymentHold {
  /** Only orders placed through the storefront checkout wait for payment and expire. */
  fromCheckout: boolean;
  /** The method chosen at checkout (manual when none was). */
  provider: PaymentProvider;
  /** When the order stops waiting: placed at + the method's payment window. */
  deadline: Date;
  payment: OrderPaymentState;
}

/**
 * Prepares a placed order for its wait for payment: reads its payment state and the deadline
 * its payment method gives it, and keeps its held stock held until that deadline (checkout holds
 * stock for an hour; a bank transfer may take a week). Running it again changes nothing.
 */
export async function holdOrderForPayment({
  db,
  orderId,
}: {
  db: TenantClient;
  orderId: string;
}): Promise<PaymentHold> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId },
      select: {
        source: true,
        status: true,
        paidTotal: true,
        placedAt: true,
        checkout: { select: { paymentProvider: true } },
      },
    });
    if (!order) throw notFound('Order');
    const provider = order.checkout?.paymentProvider ?? 'manual';
    const deadline = paymentDeadline(order.placedAt, provider);
    const payment = paymentStateOf(order);
    const fromCheckout = order.source === 'storefront';
    if (fromCheckout && awaitsPayment(payment)) {
      await extendOrderReservations(tx, { orderId, until: deadline });
    }
    return { fromCheckout, provider, deadline, payment };
  });
}
