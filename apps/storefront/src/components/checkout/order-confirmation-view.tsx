import { ButtonLink, formatMoney, SuccessIcon } from '@storeloom/ui';
import { Link } from '~/components/link';
import type { ReactNode } from 'react';

import { AddressBlock } from './address-block';
import type { OrderConfirmation, StoreMoney } from './checkout-types';
import { deliveryEstimate } from './delivery-estimate';
import { InvoiceDownloadButton } from './invoice-download-button';
import { type SummaryLine, SummaryLines, SummaryTotalsList } from './order-summary';
import { OrderPaymentStatus } from './order-payment-status';
import { paymentMethodLabel } from './payment-method-label';

function Detail({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-foreground">{title}</dt>
      <dd className="mt-1 text-sm text-muted-foreground">{children}</dd>
    </div>
  );
}

function nextSteps(order: OrderConfirmation): string[] {
  const paid = order.amountDue === 0 || order.paymentStatus === 'paid';
  return [
    `We have emailed the confirmation to ${order.email}.`,
    paid
      ? 'The store packs your order.'
      : 'The store packs your order as soon as the payment arrives.',
    'When it ships, you get an email with the tracking number.',
  ];
}

function confirmationLines(order: OrderConfirmation): SummaryLine[] {
  return order.items.map((item) => ({
    key: item.orderItemId,
    title: item.name,
    detail: item.variantTitle,
    quantity: item.quantity,
    amount: item.unitPrice * item.quantity,
  }));
}

/** The page a shopper sees once the order is placed: its number, how to pay, and what follows. */
export function OrderConfirmationView({
  order,
  money,
}: {
  order: OrderConfirmation;
  money: StoreMoney;
}) {
  const firstName = order.shippingAddress?.firstName;
  const estimate = order.delivery ? deliveryEstimate(order.delivery) : null;
  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <div className="space-y-8">
        <header className="flex items-start gap-4">
          <span
            aria-hidden="true"
            className="flex size-11 shrink-0 items-center justify-center rounded-full bg-accent text-accent-foreground"
          >
            <SuccessIcon className="size-5" />
          </span>
          <div>
            <p className="text-sm font-medium text-muted-foreground">Order #{order.number}</p>
            <h1 className="text-2xl font-semibold tracking-tight">
              Thank you{firstName ? `, ${firstName}` : ''}! Your order is placed.
            </h1>
          </div>
        </header>

        <OrderPaymentStatus order={order} money={money} />

        <section aria-labelledby="next-heading">
          <h2 id="next-heading" className="text-base font-semibold">
            What happens next
          </h2>
          <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-sm text-muted-foreground">
            {nextSteps(order).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>

        <section
          aria-labelledby="details-heading"
          className="rounded-lg border border-border bg-surface p-5 sm:p-6"
        >
          <h2 id="details-heading" className="text-base font-semibold">
            Order details
          </h2>
          <dl className="mt-4 grid gap-5 sm:grid-cols-2">
            <Detail title="Contact">
              {order.email}
              {order.phone ? <span className="block">{order.phone}</span> : null}
            </Detail>
            <Detail title="Payment method">
              {paymentMethodLabel(order.payment.provider).title}
            </Detail>
            {order.shippingAddress && (
              <Detail title="Shipping address">
                <AddressBlock address={order.shippingAddress} locale={money.locale} />
              </Detail>
            )}
            {order.billingAddress && (
              <Detail title="Billing address">
                <AddressBlock address={order.billingAddress} locale={money.locale} />
              </Detail>
            )}
            {order.delivery && (
              <Detail title="Delivery">
                {order.delivery.name} ·{' '}
                {order.shippingTotal === 0
                  ? 'Free'
                  : formatMoney(order.shippingTotal, money.currency, money.locale)}
                {estimate !== null && <span className="block">Delivered in {estimate}</span>}
              </Detail>
            )}
            {order.customerNote && <Detail title="Your note">{order.customerNote}</Detail>}
          </dl>
        </section>

        <div className="flex flex-wrap items-start gap-3">
          <InvoiceDownloadButton orderId={order.orderId} />
          {order.inAccount && (
            <ButtonLink
              href={`/account/orders/${encodeURIComponent(order.orderId)}`}
              linkComponent={Link}
              variant="secondary"
              size="lg"
            >
              View the order in your account
            </ButtonLink>
          )}
          <ButtonLink href="/" linkComponent={Link} variant="ghost" size="lg">
            Continue shopping
          </ButtonLink>
        </div>
      </div>

      <aside
        aria-labelledby="confirmation-summary-heading"
        className="rounded-lg border border-border bg-surface-muted p-6"
      >
        <h2 id="confirmation-summary-heading" className="mb-5 text-base font-semibold">
          Order summary
        </h2>
        <div className="space-y-5">
          <SummaryLines lines={confirmationLines(order)} money={money} />
          <SummaryTotalsList
            totals={{
              subtotal: order.subtotal,
              discountTotal: order.discountTotal,
              shippingTotal: order.shippingTotal,
              taxTotal: order.taxTotal,
              total: order.total,
              pricesIncludeTax: order.pricesIncludeTax,
              discountCodes: order.discountCodes,
            }}
            money={money}
          />
        </div>
      </aside>
    </div>
  );
}
