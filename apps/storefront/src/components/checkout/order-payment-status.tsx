import { Alert, ButtonLink, formatMoney } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { OrderConfirmation, StoreMoney } from './checkout-types';

/**
 * Where the payment stands and what the shopper does about it: nothing (paid or authorised),
 * the store's instructions for a manual payment, or a way back to an unfinished card or PayPal
 * payment.
 */
export function OrderPaymentStatus({
  order,
  money,
}: {
  order: OrderConfirmation;
  money: StoreMoney;
}) {
  const due = formatMoney(order.amountDue, money.currency, money.locale);
  if (order.status === 'cancelled') {
    return (
      <Alert tone="warning" title="This order was cancelled">
        Nothing more is due. Contact the store if this is unexpected.
      </Alert>
    );
  }
  if (order.amountDue === 0 || order.paymentStatus === 'paid') {
    return (
      <Alert tone="success" title="Payment received">
        Thank you: the order is paid and the store is preparing it.
      </Alert>
    );
  }
  if (order.paymentStatus === 'authorized') {
    return (
      <Alert tone="success" title="Payment authorised">
        Your payment is approved; it is taken when the store ships your order.
      </Alert>
    );
  }
  if (order.payment.provider === 'manual') {
    return (
      <section
        aria-labelledby="how-to-pay-heading"
        className="rounded-lg border border-border bg-surface p-5"
      >
        <h2 id="how-to-pay-heading" className="text-base font-semibold">
          How to pay
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">
          Amount due: <span className="font-medium text-foreground tabular-nums">{due}</span>. Quote
          order number #{order.number} with your payment.
        </p>
        <p className="mt-3 text-sm whitespace-pre-line">
          {order.payment.instructions ??
            'Pay by bank transfer or on delivery: the store will contact you with the details.'}
        </p>
      </section>
    );
  }
  return (
    <Alert
      tone="warning"
      title="Payment not completed yet"
      actions={
        <ButtonLink
          href={`/checkout/payment?orderId=${encodeURIComponent(order.orderId)}`}
          linkComponent={Link}
        >
          Complete payment of {due}
        </ButtonLink>
      }
    >
      Your order is placed and reserved for you. If you have just paid, the confirmation from{' '}
      {order.payment.displayName} can take a moment; otherwise finish the payment now.
    </Alert>
  );
}
