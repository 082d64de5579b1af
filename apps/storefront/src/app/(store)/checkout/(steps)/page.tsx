import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { CheckoutFlow } from '~/components/checkout/checkout-flow';
import { CheckoutBlocked, CheckoutEmptyCart } from '~/components/checkout/checkout-unavailable';
import { loadCurrentStore } from '~/lib/current-store';
import { api } from '~/trpc/server';

import { openCheckout } from './open-checkout';

export async function generateMetadata(): Promise<Metadata> {
  const result = await loadCurrentStore();
  const title = result.kind === 'ok' ? `Checkout · ${result.store.name}` : 'Checkout';
  return { title, robots: { index: false, follow: false } };
}

export default async function CheckoutPage() {
  const result = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (result.kind !== 'ok') notFound();
  const { store } = result;

  const caller = await api();
  const [opened, { customer }, paymentMethods, shippingCountries] = await Promise.all([
    openCheckout(caller),
    caller.storefront.account.me(),
    caller.storefront.checkout.paymentMethods(),
    caller.storefront.checkout.shippingCountries(),
  ]);
  const savedAddresses = customer ? await caller.storefront.account.addresses.list() : [];

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Checkout</h1>
      {opened.kind === 'empty' && <CheckoutEmptyCart />}
      {opened.kind === 'blocked' && <CheckoutBlocked reason={opened.reason} />}
      {opened.kind === 'open' && (
        <CheckoutFlow
          initialView={opened.view}
          money={{ currency: opened.view.summary.currency, locale: store.locale }}
          customer={customer ? { email: customer.email, firstName: customer.firstName } : null}
          savedAddresses={savedAddresses}
          paymentMethods={paymentMethods}
          shippingCountries={shippingCountries}
        />
      )}
    </main>
  );
}
