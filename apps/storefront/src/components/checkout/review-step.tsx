'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';

import { latestCartStore } from '~/components/cart/latest-cart';
import { useTRPC } from '~/trpc/react';

import { checkoutLines, checkoutTotals } from './checkout-summary';
import type { CheckoutView, PlacedOrder, StoreMoney } from './checkout-types';
import { SummaryLines, SummaryTotalsList } from './order-summary';

/** Card and PayPal payments continue on the payment page; everything else is confirmed. */
export function afterPlacing(placed: PlacedOrder): string {
  const next = placed.payment?.nextAction.type;
  const paysOnline = next === 'confirm_card' || next === 'redirect' || placed.paymentError !== null;
  return paysOnline
    ? `/checkout/payment?orderId=${encodeURIComponent(placed.orderId)}`
    : `/checkout/confirmation/${encodeURIComponent(placed.orderId)}`;
}

export interface ReviewStepProps {
  view: CheckoutView;
  money: StoreMoney;
}

/**
 * The last look: lines and totals as the server priced them, then "Place order". The button
 * locks on the first press (a double click sends one request) and stays locked while the next
 * page loads; the server would answer a repeat with the same order anyway.
 */
export function ReviewStep({ view, money }: ReviewStepProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const place = useMutation(trpc.storefront.checkout.placeOrder.mutationOptions());
  const inFlight = useRef(false);
  const [leaving, setLeaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const paysOnline = view.paymentProvider === 'stripe' || view.paymentProvider === 'paypal';

  function placeOrder() {
    if (inFlight.current) return;
    inFlight.current = true;
    setMessage(null);
    place.mutate(
      { checkoutId: view.checkoutId },
      {
        onSuccess: (placed) => {
          setLeaving(true);
          // The cart is now an order: the header's count and the drawer must say so.
          void queryClient
            .query({ ...trpc.storefront.cart.get.queryOptions(), staleTime: 0 })
            .then((cart) => latestCartStore.publishCart(cart))
            // Not worth an error on the way to the confirmation; the next page load corrects it.
            .catch(() => undefined);
          router.push(afterPlacing(placed));
        },
        onError: (cause) => {
          inFlight.current = false;
          setMessage(errorMessage(cause));
          // Stock or prices may have moved: show the checkout as the server sees it now.
          void queryClient.invalidateQueries({
            queryKey: trpc.storefront.checkout.get.queryKey({ checkoutId: view.checkoutId }),
          });
        },
      },
    );
  }

  return (
    <div className="space-y-5">
      <SummaryLines lines={checkoutLines(view)} money={money} />
      <div className="border-t border-border pt-4">
        <SummaryTotalsList totals={checkoutTotals(view)} money={money} />
      </div>
      {message !== null && (
        <Alert tone="danger" title="The order was not placed">
          {message}
        </Alert>
      )}
      {view.summary.issues.length > 0 && !view.summary.canCheckout && (
        <Alert tone="danger" title="Your cart needs attention">
          {view.summary.issues.join('. ')}
        </Alert>
      )}
      <p className="text-sm text-muted-foreground">
        {paysOnline
          ? 'Your order is placed first, then you pay on the next page. '
          : 'You will pay as the store explains on the next page. '}
        We send the confirmation to {view.email}.
      </p>
      <Button
        size="lg"
        className="w-full sm:w-auto sm:px-8"
        loading={place.isPending || leaving}
        disabled={!view.canPlaceOrder}
        onClick={placeOrder}
      >
        {paysOnline ? 'Place order and pay' : 'Place order'}
      </Button>
    </div>
  );
}
