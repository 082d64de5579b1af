import { formatMoney } from '@storeloom/ui';

import { AddressBlock, addressLines } from './address-block';
import type { CheckoutView, StoreMoney } from './checkout-types';
import { deliveryEstimate } from './delivery-estimate';
import { paymentMethodLabel } from './payment-method-label';

export interface StepSummaryProps {
  step: 'contact' | 'shipping' | 'delivery' | 'payment' | 'review';
  view: CheckoutView;
  money: StoreMoney;
}

/** What a done step holds, in a line or two, so the page reads as a review of the order. */
export function StepSummary({ step, view, money }: StepSummaryProps) {
  const text = 'text-sm text-muted-foreground';
  switch (step) {
    case 'contact':
      return (
        <p className={text}>
          {view.email}
          {view.phone ? ` · ${view.phone}` : ''}
        </p>
      );
    case 'shipping':
      return view.shippingAddress ? (
        <AddressBlock address={view.shippingAddress} locale={money.locale} />
      ) : null;
    case 'delivery': {
      const option = view.summary.selectedShipping;
      if (!option) return null;
      const estimate = deliveryEstimate(option);
      const price =
        option.price === 0 ? 'Free' : formatMoney(option.price, money.currency, money.locale);
      return (
        <p className={text}>
          {option.name} · {price}
          {estimate !== null ? ` · delivered in ${estimate}` : ''}
        </p>
      );
    }
    case 'payment': {
      const billing = view.billingAddress;
      const sameAsShipping =
        billing !== null && JSON.stringify(billing) === JSON.stringify(view.shippingAddress);
      return (
        <div className={text}>
          <p>{view.paymentProvider ? paymentMethodLabel(view.paymentProvider).title : null}</p>
          <p>
            Billing address:{' '}
            {billing === null
              ? 'not given'
              : sameAsShipping
                ? 'same as shipping'
                : addressLines(billing, money.locale).join(', ')}
          </p>
        </div>
      );
    }
    case 'review':
      return null;
  }
}
