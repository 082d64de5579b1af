'use client';

import { Alert, ButtonLink } from '@storeloom/ui';
import { Link } from '~/components/link';
import { type ReactNode, useEffect, useRef, useState } from 'react';

import type {
  CheckoutCustomer,
  CheckoutView,
  PaymentMethod,
  SavedAddress,
  ShippingCountries,
  StoreMoney,
} from './checkout-types';
import { CheckoutSummary } from './checkout-summary';
import { ContactStep } from './contact-step';
import { DeliveryStep } from './delivery-step';
import { PaymentStep } from './payment-step';
import { ReviewStep } from './review-step';
import { ShippingAddressStep } from './shipping-address-step';
import { StepSection, type StepState } from './step-section';
import { StepSummary } from './step-summary';
import { useCheckoutView } from './use-checkout-view';

export type StepId = 'contact' | 'shipping' | 'delivery' | 'payment' | 'review';

const STEP_ORDER: readonly StepId[] = ['contact', 'shipping', 'delivery', 'payment', 'review'];

const STEP_TITLES: Record<StepId, string> = {
  contact: 'Contact',
  shipping: 'Shipping address',
  delivery: 'Delivery',
  payment: 'Payment',
  review: 'Review and place order',
};

/** The first step the server still reports missing; review once nothing is. */
export function firstOpenStep(view: Pick<CheckoutView, 'missing'>): StepId {
  const missing = new Set(view.missing);
  if (missing.has('contact')) return 'contact';
  if (missing.has('shipping_address')) return 'shipping';
  if (missing.has('shipping_tier')) return 'delivery';
  if (missing.has('billing_address') || missing.has('payment_method')) return 'payment';
  return 'review';
}

export interface CheckoutFlowProps {
  initialView: CheckoutView;
  money: StoreMoney;
  customer: CheckoutCustomer | null;
  savedAddresses: readonly SavedAddress[];
  paymentMethods: readonly PaymentMethod[];
  shippingCountries: ShippingCountries;
}

/**
 * Checkout on one page, in steps: each saves through its own procedure (validated there) and
 * the answer, re-priced, replaces the whole checkout. Done steps collapse to a summary with
 * "Change"; the next open step is the one the server says is missing.
 */
export function CheckoutFlow({
  initialView,
  money,
  customer,
  savedAddresses,
  paymentMethods,
  shippingCountries,
}: CheckoutFlowProps) {
  const { view, replace } = useCheckoutView(initialView);
  const [editing, setEditing] = useState<StepId | null>(null);
  const firstOpen = firstOpenStep(view);
  const active = editing ?? firstOpen;

  // After a step is saved or reopened, move focus to the step that opened.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    document.getElementById(`${active}-heading`)?.focus();
  }, [active]);

  function saved(next: CheckoutView) {
    moved.current = true;
    replace(next);
    setEditing(null);
  }

  function edit(step: StepId) {
    moved.current = true;
    setEditing(step);
  }

  function stateOf(step: StepId): StepState {
    if (step === active) return 'active';
    return STEP_ORDER.indexOf(step) < STEP_ORDER.indexOf(firstOpen) ? 'done' : 'upcoming';
  }

  // An expired checkout is refused by every step with its own message; the page opens a new one.
  if (view.status !== 'open') {
    return (
      <Alert
        tone="warning"
        title={view.orderId ? 'This order has been placed' : 'This checkout has expired'}
        actions={
          view.orderId ? (
            <ButtonLink href={`/checkout/confirmation/${view.orderId}`} linkComponent={Link}>
              View the order
            </ButtonLink>
          ) : (
            <ButtonLink href="/cart" linkComponent={Link}>
              Back to the cart
            </ButtonLink>
          )
        }
      >
        {view.orderId
          ? 'The order from this checkout was placed, perhaps in another tab.'
          : 'Checkouts stay open for a day. Start again from your cart: it still holds your items.'}
      </Alert>
    );
  }

  const steps: Record<StepId, ReactNode> = {
    contact: <ContactStep view={view} customer={customer} onSaved={saved} />,
    shipping: (
      <ShippingAddressStep
        view={view}
        savedAddresses={savedAddresses}
        shippingCountries={shippingCountries}
        locale={money.locale}
        onSaved={saved}
      />
    ),
    delivery: (
      <DeliveryStep
        view={view}
        money={money}
        onSaved={saved}
        onChangeAddress={() => {
          edit('shipping');
        }}
      />
    ),
    payment: (
      <PaymentStep view={view} methods={paymentMethods} locale={money.locale} onSaved={saved} />
    ),
    review: <ReviewStep view={view} money={money} />,
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <div className="space-y-4">
        {view.summary.issues.length > 0 && (
          <Alert
            tone={view.summary.canCheckout ? 'info' : 'danger'}
            title={view.summary.canCheckout ? 'Your cart changed' : 'Your cart needs attention'}
            actions={
              view.summary.canCheckout ? undefined : (
                <ButtonLink href="/cart" linkComponent={Link} variant="secondary" size="sm">
                  Review the cart
                </ButtonLink>
              )
            }
          >
            <ul className="list-disc pl-4">
              {view.summary.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </Alert>
        )}
        {STEP_ORDER.map((step, index) => (
          <StepSection
            key={step}
            id={step}
            number={index + 1}
            title={STEP_TITLES[step]}
            state={stateOf(step)}
            summary={<StepSummary step={step} view={view} money={money} />}
            onEdit={
              step === 'review'
                ? undefined
                : () => {
                    edit(step);
                  }
            }
          >
            {steps[step]}
          </StepSection>
        ))}
      </div>
      <div className="order-first lg:sticky lg:top-24 lg:order-none">
        <CheckoutSummary view={view} money={money} />
      </div>
    </div>
  );
}
