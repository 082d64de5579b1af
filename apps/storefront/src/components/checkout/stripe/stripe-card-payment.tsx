'use client';

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { Alert, Button, Spinner } from '@storeloom/ui';
import { type SubmitEvent, useState } from 'react';

import { StripeLoadFailed } from './stripe-load-failed';
import { useStripeLoader } from './use-stripe-loader';

export interface StripeCardPaymentProps {
  publishableKey: string;
  /** The PaymentIntent's client secret from the server's next action. */
  clientSecret: string;
  /** Where Stripe sends the shopper back after a bank's own page (3-D Secure, wallets). */
  returnUrl: string;
  /** "Pay $54.99". */
  payLabel: string;
  /** The card was accepted without leaving the page. */
  onPaid: () => void;
}

function CardForm({
  returnUrl,
  payLabel,
  onPaid,
}: Omit<StripeCardPaymentProps, 'publishableKey' | 'clientSecret'>) {
  const stripe = useStripe();
  const elements = useElements();
  const [paying, setPaying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [formLoadFailed, setFormLoadFailed] = useState(false);

  async function pay(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stripe === null || elements === null || paying) return;
    setPaying(true);
    setMessage(null);
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl },
      redirect: 'if_required',
    });
    if (result.error) {
      // Stripe's messages are written for shoppers ("Your card was declined.").
      setMessage(
        result.error.message ?? 'The payment did not go through. Try again or use another card.',
      );
      setPaying(false);
      return;
    }
    onPaid();
  }

  if (formLoadFailed) {
    return (
      <Alert tone="danger" title="The card form could not be shown">
        Reload the page to try again, or choose another payment method.
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => void pay(event)} className="space-y-5">
      {message !== null && <Alert tone="danger">{message}</Alert>}
      <PaymentElement
        options={{ layout: 'tabs' }}
        onLoadError={() => {
          setFormLoadFailed(true);
        }}
      />
      <Button
        type="submit"
        size="lg"
        className="w-full"
        loading={paying}
        disabled={stripe === null}
      >
        {payLabel}
      </Button>
    </form>
  );
}

/**
 * Stripe Elements for the order's PaymentIntent: the card form Stripe hosts, then
 * `confirmPayment`. Lazily loaded, so the rest of checkout ships none of Stripe's code.
 */
export default function StripeCardPayment({
  publishableKey,
  clientSecret,
  ...form
}: StripeCardPaymentProps) {
  const load = useStripeLoader(publishableKey);
  if (load.status === 'failed') return <StripeLoadFailed onRetry={load.retry} />;
  if (load.status === 'loading') {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
        <Spinner size="sm" /> Loading the secure card form…
      </p>
    );
  }
  return (
    <Elements stripe={load.stripe} options={{ clientSecret }}>
      <CardForm {...form} />
    </Elements>
  );
}
