import { accentStyle } from '@storeloom/ui';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { CartDrawerProvider } from '~/components/cart/cart-drawer-provider';
import { StoreFooter } from '~/components/store-footer';
import { StoreHeader } from '~/components/store-header';
import { StoreUnavailable } from '~/components/store-unavailable';
import { toCategoryNav } from '~/lib/category-links';
import { loadCurrentStore } from '~/lib/current-store';
import { offlineStoreName } from '~/server/offline-store';
import { api } from '~/trpc/server';

/** The chrome of every shopper-facing page: the store's header, its categories and footer. */
export default async function StoreLayout({ children }: { children: ReactNode }) {
  const result = await loadCurrentStore();
  // The proxy answers both cases with the right status first; these only cover the few seconds
  // in which its cache has not yet seen a change.
  if (result.kind === 'not_found') notFound();
  if (result.kind === 'unavailable') {
    return <StoreUnavailable storeName={(await offlineStoreName()) ?? 'This store'} />;
  }

  const { store, theme } = result;
  const categories = await (await api()).storefront.catalog.categoryTree();
  return (
    <CartDrawerProvider>
      <div style={accentStyle(theme.accentColor)} className="flex min-h-dvh flex-col">
        <StoreHeader
          store={{ name: store.name, logoUrl: theme.logoUrl }}
          categories={toCategoryNav(categories)}
          cartCount={0}
        />
        <div className="flex-1">{children}</div>
        <StoreFooter storeName={store.name} links={[]} year={new Date().getFullYear()} />
      </div>
    </CartDrawerProvider>
  );
}
