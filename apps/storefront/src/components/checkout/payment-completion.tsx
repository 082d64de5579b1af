'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button, ButtonLink, Spinner } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { Link } from '~/components/link';
import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useRef, useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { PaymentAction, PaymentMethod } from './checkout-types';

// Each provider's code (and the script it fetches from stripe.com or paypal.com) loads only here.
const StripeCardPayment = dynamic(() => import('./stripe/stripe-card-payment'), { ssr: false });
const PayPalPayment = dynamic(() => import('./paypal/paypal-payment'), { ssr: false });

type Stage =
  | { kind: 'starting' }
  | { kind: 'interrupted'; title: string; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'card'; clientSecret: string; publishableKey: string; returnUrl: string }
  | { kind: 'paypal'; approvalUrl: string };

export interface PaymentCompletionProps {
  orderId: string;
  orderNumber: number;
  currency: string;
  /** "$54.99", for the pay button. */
  amountDue: string;
  methods: readonly PaymentMethod[];
  /** The shopper came back from PayPal without approving, or Stripe reported a failure. */
  interruption: 'cancelled' | 'failed' | null;
}

function isSettled(action: PaymentAction): boolean {
  const { nextAction, status } = action;
  return (
    status === 'paid' ||
    status === 'authorized' ||
    nextAction.type === 'none' ||
    nextAction.type === 'instructions'
  );
}

const interruptions = {
  cancelled: {
    title: 'The payment was cancelled',
    message: 'Nothing was charged. Your order is still reserved: try again when you are ready.',
  },
  failed: {
    title: 'The payment did not go through',
    message: 'Nothing was charged. Try again, or use another card.',
  },
} as const;

/**
 * Pays an order placed with Stripe or PayPal: asks the server for the payment's next action
 * (resuming the same PaymentIntent or PayPal order on a reload), shows Stripe's card form or
 * PayPal's buttons, and goes to the confirmation once the server reports it paid. Back from
 * PayPal's approval page, the same call captures the payment.
 */
export function PaymentCompletion({
  orderId,
  orderNumber,
  currency,
  amountDue,
  methods,
  interruption,
}: PaymentCompletionProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const payOrder = useMutation(trpc.storefront.checkout.payOrder.mutationOptions());
  const [stage, setStage] = useState<Stage>(() =>
    interruption === null
      ? { kind: 'starting' }
      : { kind: 'interrupted', ...interruptions[interruption] },
  );
  const confirmationUrl = `/checkout/confirmation/${encodeURIComponent(orderId)}`;
  const paypal = methods.find((method) => method.provider === 'paypal');

  function start() {
    setStage({ kind: 'starting' });
    payOrder.mutate(
      { orderId },
      {
        onSuccess: (action) => {
          if (isSettled(action)) {
            router.replace(confirmationUrl);
            return;
          }
          if (action.nextAction.type === 'confirm_card') {
            const { clientSecret, publishableKey } = action.nextAction;
            const returnUrl = `${window.location.origin}/checkout/payment?orderId=${encodeURIComponent(orderId)}`;
            setStage({ kind: 'card', clientSecret, publishableKey, returnUrl });
          } else if (action.nextAction.type === 'redirect') {
            setStage({ kind: 'paypal', approvalUrl: action.nextAction.url });
          }
        },
        onError: (error) => {
          setStage({ kind: 'failed', message: errorMessage(error) });
        },
      },
    );
  }

  // Starts once on arrival (React's development double effects included); after an
  // interruption the shopper chooses to try again.
  const started = useRef(false);
  const startOnArrival = useEffectEvent(start);
  useEffect(() => {
    if (started.current || interruption !== null) return;
    started.current = true;
    startOnArrival();
  }, [interruption]);

  async function completeApprovedPayPal() {
    const action = await payOrder.mutateAsync({ orderId });
    if (isSettled(action)) router.replace(confirmationUrl);
    else
      setStage({ kind: 'failed', message: 'PayPal has not confirmed the payment yet. Try again.' });
  }

  const retry = (
    <Button onClick={start} loading={payOrder.isPending}>
      Try again
    </Button>
  );
  const viewOrder = (
    <ButtonLink href={confirmationUrl} linkComponent={Link} variant="secondary">
      View order #{orderNumber}
    </ButtonLink>
  );

  switch (stage.kind) {
    case 'starting':
      return (
        <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
          <Spinner /> Preparing your payment…
        </p>
      );
    case 'interrupted':
      return (
        <Alert
          tone="warning"
          title={stage.title}
          actions={
            <>
              {retry}
              {viewOrder}
            </>
          }
        >
          {stage.message}
        </Alert>
      );
    case 'failed':
      return (
        <Alert
          tone="danger"
          title="The payment could not be started"
          actions={
            <>
              {retry}
              {viewOrder}
            </>
          }
        >
          {stage.message}
        </Alert>
      );
    case 'card':
      return (
        <StripeCardPayment
          publishableKey={stage.publishableKey}
          clientSecret={stage.clientSecret}
          returnUrl={stage.returnUrl}
          payLabel={`Pay ${amountDue}`}
          onPaid={() => {
            router.replace(confirmationUrl);
          }}
        />
      );
    case 'paypal':
      return paypal ? (
        <PayPalPayment
          clientId={paypal.clientId}
          currency={currency}
          approvalUrl={stage.approvalUrl}
          onApproved={completeApprovedPayPal}
        />
      ) : (
        <ButtonLink href={stage.approvalUrl} size="lg">
          Continue to PayPal
        </ButtonLink>
      );
  }
}
