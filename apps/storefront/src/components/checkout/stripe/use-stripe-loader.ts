'use client';

import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { useEffect, useState } from 'react';

export type StripeLoad =
  { status: 'loading' } | { status: 'ready'; stripe: Stripe } | { status: 'failed' };

interface Settled {
  key: string;
  attempt: number;
  load: StripeLoad;
}

/**
 * Loads Stripe.js (from js.stripe.com, as Stripe requires) for the store's publishable key. A
 * blocked or unreachable script ends in `failed` instead of an exception; `retry` tries again
 * (loadStripe forgets a failed attempt). Until the current attempt settles, it is `loading`.
 */
export function useStripeLoader(publishableKey: string): StripeLoad & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    let current = true;
    const settle = (load: StripeLoad) => {
      if (current) setSettled({ key: publishableKey, attempt, load });
    };
    loadStripe(publishableKey).then(
      (stripe) => {
        settle(stripe ? { status: 'ready', stripe } : { status: 'failed' });
      },
      () => {
        settle({ status: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [publishableKey, attempt]);

  const load: StripeLoad =
    settled !== null && settled.key === publishableKey && settled.attempt === attempt
      ? settled.load
      : { status: 'loading' };
  return {
    ...load,
    retry: () => {
      setAttempt((value) => value + 1);
    },
  };
}
