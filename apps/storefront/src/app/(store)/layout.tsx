import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { loadPageLinks } from '~/blocks/page-links';
import { CartDrawer } from '~/components/cart/cart-drawer';
import { CartDrawerProvider } from '~/components/cart/cart-drawer-provider';
import { StoreFooter } from '~/components/store-footer';
import { StoreHeader } from '~/components/store-header';
import { StoreUnavailable } from '~/components/store-unavailable';
import { toCategoryNav } from '~/lib/category-links';
import { headerNameOf, loadCurrentCustomer } from '~/lib/current-customer';
import { loadCurrentStore } from '~/lib/current-store';
import { loadStorefrontSite } from '~/lib/seo/storefront-site';
import { offlineStoreName } from '~/server/offline-store';
import { api, getQueryClient, trpc } from '~/trpc/server';

/**
 * Relative metadata URLs (Open Graph images, canonical paths) resolve against the store's
 * canonical origin, which depends on the request's host.
 */
export async function generateMetadata(): Promise<Metadata> {
  const site = await loadStorefrontSite();
  return site === null ? {} : { metadataBase: new URL(site.canonicalOrigin) };
}

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
  const caller = await api();
  // Independent reads, side by side: the first byte waits for the slowest, not for their sum.
  const [categories, customer, pageLinks, cart] = await Promise.all([
    caller.storefront.catalog.categoryTree(),
    loadCurrentCustomer(),
    loadPageLinks(),
    // The header's count; the drawer reads the lines when it opens. Through the request's query
    // cache, so the cart page's own read of it is the same call.
    getQueryClient()
      .query(trpc.storefront.cart.get.queryOptions())
      .catch(() => null),
  ]);
  const cartCount = cart?.itemCount ?? 0;
  return (
    <CartDrawerProvider>
      {/* Colours, fonts and corners come from <html> (app/layout.tsx, theme/theme.css). */}
      <div className="flex min-h-dvh flex-col">
        <StoreHeader
          store={{ name: store.name, logoUrl: theme.logoUrl, locale: store.locale }}
          categories={toCategoryNav(categories)}
          cartCount={cartCount}
          customerName={headerNameOf(customer)}
        />
        <div className="flex-1">{children}</div>
        <StoreFooter storeName={store.name} links={pageLinks} year={new Date().getFullYear()} />
        <CartDrawer locale={store.locale} serverCount={cartCount} />
      </div>
    </CartDrawerProvider>
  );
}
