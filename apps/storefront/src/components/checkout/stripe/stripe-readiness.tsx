'use client';

import { Spinner } from '@storeloom/ui';
import { useEffect } from 'react';

import { StripeLoadFailed } from './stripe-load-failed';
import { useStripeLoader } from './use-stripe-loader';

export interface StripeReadinessProps {
  publishableKey: string;
  onStatus: (status: 'loading' | 'ready' | 'failed') => void;
}

/**
 * Loads Stripe.js as soon as the shopper picks card payment, so a script that cannot load is
 * reported here, before an order is placed, rather than on the payment page. Loaded lazily:
 * shoppers who pay another way never download it.
 */
export default function StripeReadiness({ publishableKey, onStatus }: StripeReadinessProps) {
  const load = useStripeLoader(publishableKey);
  const { status, retry } = load;
  useEffect(() => {
    onStatus(status);
  }, [status, onStatus]);

  if (status === 'failed') return <StripeLoadFailed onRetry={retry} />;
  if (status === 'loading') {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Spinner size="sm" /> Loading secure card payments…
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-muted-foreground">
      Card payments are ready. You will enter your card details after reviewing the order.
    </p>
  );
}
