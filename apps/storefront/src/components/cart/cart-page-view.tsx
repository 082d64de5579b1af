'use client';

import { Link } from '~/components/link';
import { useRef, useState } from 'react';

import { CartLines } from './cart-lines';
import { CartLoadError } from './cart-load-error';
import { CartSkeleton } from './cart-skeleton';
import { CartTotals } from './cart-totals';
import type { CartView } from './cart-types';
import { CheckoutButton } from './checkout-button';
import type { CountryOption } from './country-options';
import { DiscountCodes } from './discount-codes';
import { EmptyCart } from './empty-cart';
import { ShippingEstimator } from './shipping-estimator';
import { useAnnouncer } from './use-announcer';
import { useCart } from './use-cart';
import { useCartChangesPending } from './use-cart-cache';
import { type EstimateDestination, useShippingEstimate } from './use-shipping-estimate';

export interface CartPageViewProps {
  locale: string;
  countries: CountryOption[];
  /** Preselected in the estimate form: the store's own country. */
  defaultCountry: string | null;
}

interface OrderSummaryProps extends CartPageViewProps {
  cart: CartView;
  onAnnounce: (message: string) => void;
}

/** Codes, the shipping estimate and the totals: with an estimate, the server's totals for it. */
function OrderSummary({ cart, locale, countries, defaultCountry, onAnnounce }: OrderSummaryProps) {
  const updating = useCartChangesPending();
  const [destination, setDestination] = useState<EstimateDestination | null>(null);
  const estimate = useShippingEstimate(destination);
  const { data } = estimate;
  const selected = data?.options.find((option) => option.tierCode === data.selectedTierCode);
  const estimatedTotals = selected !== undefined ? (data?.totals ?? null) : null;

  return (
    <aside
      aria-labelledby="order-summary-heading"
      className="space-y-6 rounded-xl border border-border bg-surface p-5 sm:p-6 lg:sticky lg:top-32"
    >
      <h2 id="order-summary-heading" className="text-lg font-semibold tracking-tight">
        Order summary
      </h2>
      <DiscountCodes cart={cart} locale={locale} onAnnounce={onAnnounce} />
      <div className="border-t border-border pt-5">
        <ShippingEstimator
          countries={countries}
          defaultCountry={defaultCountry}
          destination={destination}
          estimate={estimate}
          locale={locale}
          onDestinationChange={setDestination}
        />
      </div>
      <CartTotals
        className="border-t border-border pt-5"
        totals={estimatedTotals ?? cart}
        currency={cart.currency}
        locale={locale}
        shipping={estimatedTotals !== null && selected !== undefined ? selected : null}
        updating={updating || (estimatedTotals !== null && estimate.isFetching)}
      />
      <CheckoutButton cart={cart} />
      <p className="text-center text-sm">
        <Link
          href="/"
          className="font-medium text-muted-foreground hover:text-foreground hover:underline"
        >
          Continue shopping
        </Link>
      </p>
    </aside>
  );
}

/** The full cart page: lines on the left; codes, shipping estimate and totals on the right. */
export function CartPageView(props: CartPageViewProps) {
  const { data: cart, error, refetch, isPending } = useCart();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { message, announce } = useAnnouncer();

  let body;
  if (isPending) {
    body = <CartSkeleton lines={3} />;
  } else if (cart === undefined) {
    body = (
      <CartLoadError
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  } else if (cart.lines.length === 0) {
    body = (
      <div className="rounded-xl border border-border bg-surface">
        <EmptyCart />
      </div>
    );
  } else {
    body = (
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-12">
        <section
          aria-labelledby="cart-items-heading"
          className="rounded-xl border border-border bg-surface px-5 sm:px-6"
        >
          {/* Keeps the outline h1 → h2 → h3: each line's name is an h3. */}
          <h2 id="cart-items-heading" className="sr-only">
            Items
          </h2>
          <CartLines
            cart={cart}
            locale={props.locale}
            onAnnounce={announce}
            onLineRemoved={() => headingRef.current?.focus()}
          />
        </section>
        <OrderSummary {...props} cart={cart} onAnnounce={announce} />
      </div>
    );
  }

  return (
    <>
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="mb-8 text-3xl font-semibold tracking-tight focus:outline-none"
      >
        Your cart
      </h1>
      {body}
      <p role="status" className="sr-only">
        {message}
      </p>
    </>
  );
}
