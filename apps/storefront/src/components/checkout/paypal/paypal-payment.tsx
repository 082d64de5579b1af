'use client';

import {
  PayPalButtons,
  PayPalScriptProvider,
  usePayPalScriptReducer,
} from '@paypal/react-paypal-js';
import { Alert, ButtonLink, Spinner } from '@storeloom/ui';
import { useState } from 'react';

export interface PayPalPaymentProps {
  clientId: string;
  currency: string;
  /** PayPal's approval page for the order the server created (its `token` is the PayPal order id). */
  approvalUrl: string;
  /** The shopper approved in PayPal's window: the server captures the payment. */
  onApproved: () => Promise<void>;
}

/** PayPal puts its order id in the approval link's `token`; the buttons open that same order. */
export function paypalOrderIdOf(approvalUrl: string): string | null {
  try {
    return new URL(approvalUrl).searchParams.get('token');
  } catch {
    return null;
  }
}

function Buttons({
  approvalUrl,
  onApproved,
}: Pick<PayPalPaymentProps, 'approvalUrl' | 'onApproved'>) {
  const [{ isPending, isRejected }] = usePayPalScriptReducer();
  const [message, setMessage] = useState<string | null>(null);
  const orderId = paypalOrderIdOf(approvalUrl);

  if (isRejected || orderId === null) {
    return (
      <Alert tone="warning" title="PayPal's buttons could not be loaded">
        Continue on PayPal&apos;s own site with the link below instead.
      </Alert>
    );
  }
  return (
    <div className="space-y-3">
      {isPending && (
        <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
          <Spinner size="sm" /> Loading PayPal…
        </p>
      )}
      {message !== null && <Alert tone="danger">{message}</Alert>}
      <PayPalButtons
        style={{ layout: 'vertical', label: 'pay' }}
        createOrder={() => Promise.resolve(orderId)}
        onApprove={async () => {
          setMessage(null);
          await onApproved();
        }}
        onCancel={() => {
          setMessage(
            'You closed PayPal before approving. Nothing was charged; try again when ready.',
          );
        }}
        onError={() => {
          setMessage(
            'PayPal could not complete the payment. Try again, or continue on PayPal’s site.',
          );
        }}
      />
    </div>
  );
}

/**
 * PayPal's buttons for the order the server created (lazily loaded: the script comes from
 * paypal.com), with a plain link to PayPal's approval page that works even when the script
 * cannot load.
 */
export default function PayPalPayment({
  clientId,
  currency,
  approvalUrl,
  onApproved,
}: PayPalPaymentProps) {
  return (
    <div className="space-y-4">
      <PayPalScriptProvider
        options={{ clientId, currency, intent: 'capture', components: 'buttons' }}
      >
        <Buttons approvalUrl={approvalUrl} onApproved={onApproved} />
      </PayPalScriptProvider>
      <ButtonLink href={approvalUrl} variant="secondary" size="lg" className="w-full">
        Continue to PayPal
      </ButtonLink>
    </div>
  );
}
