import 'server-only';

import type { StoreFooterLink } from '~/components/store-footer';
import { api } from '~/trpc/server';

export function pageHref(slug: string): string {
  return `/pages/${encodeURIComponent(slug)}`;
}

/** Links to the store's published content pages (About us, FAQ...) for its footer. */
export async function loadPageLinks(): Promise<StoreFooterLink[]> {
  try {
    const pages = await (await api()).storefront.pages.navigation();
    return pages.map((page) => ({ href: pageHref(page.slug), label: page.title }));
  } catch (error) {
    // The footer is not worth an error page: without its links the store still works.
    console.error('[pages] could not load the footer links', error);
    return [];
  }
}
