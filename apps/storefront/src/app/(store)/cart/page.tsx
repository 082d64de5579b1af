import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { CartPageView } from '~/components/cart/cart-page-view';
import { countryOptions, localeCountry } from '~/components/cart/country-options';
import { loadCurrentStore } from '~/lib/current-store';
import { TRPCReactProvider } from '~/trpc/react';
import { HydrateClient } from '~/trpc/hydrate-client';
import { getQueryClient, trpc } from '~/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') return { robots: { index: false } };
  // A cart is one shopper's: nothing for search engines.
  return { title: `Your cart · ${result.store.name}`, robots: { index: false } };
}

/**
 * The cart, full width. Rendered on the server with the shopper's cart (the layout has already
 * read it for the header), then interactive: quantities, codes and the shipping estimate.
 */
export default async function CartPage() {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { locale } = result.store;
  // Awaited so the HTML already lists the lines; a failure is left to the client to retry.
  await getQueryClient()
    .query(trpc.storefront.cart.get.queryOptions())
    .catch(() => undefined);

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6">
      <TRPCReactProvider>
        <HydrateClient>
          <CartPageView
            locale={locale}
            countries={countryOptions()}
            defaultCountry={localeCountry(locale)}
          />
        </HydrateClient>
      </TRPCReactProvider>
    </main>
  );
}
