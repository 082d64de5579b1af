import {
  hasCatalogFilters,
  parseCatalogParams,
  type CatalogSearchParams,
} from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { CatalogNotices } from '~/components/catalog/catalog-notices';
import { CatalogView } from '~/components/catalog/catalog-view';
import { NoSearchResults } from '~/components/search/no-search-results';
import { runCatalogSearch } from '~/lib/catalog/run-catalog-search';
import { categoryHref } from '~/lib/category-links';
import { loadCurrentStore } from '~/lib/current-store';
import { canonicalUrl } from '~/lib/seo/canonical-url';
import { api } from '~/trpc/server';

const SEARCH_PATH = '/search';

interface SearchPageProps {
  searchParams: Promise<CatalogSearchParams>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const current = await loadCurrentStore();
  if (current.kind !== 'ok') return { robots: { index: false } };
  const { store } = current;
  const { q } = parseCatalogParams(await searchParams, { ...store, allowCategory: true }).state;
  // The text decides the content; filters, sort and pages are views of it.
  const query = q === '' ? '' : `?${new URLSearchParams({ q }).toString()}`;
  return {
    title: q === '' ? `All products — ${store.name}` : `Search: ${q} — ${store.name}`,
    // Result pages are endless combinations of text and filters; the products themselves are indexed.
    robots: { index: false, follow: true },
    alternates: { canonical: await canonicalUrl(`${SEARCH_PATH}${query}`) },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const current = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (current.kind !== 'ok') notFound();
  const { store } = current;

  const parsed = parseCatalogParams(await searchParams, { ...store, allowCategory: true });
  const outcome = await runCatalogSearch({ state: parsed.state });
  if (outcome.kind !== 'ok') notFound();
  const { result, state } = outcome;
  const issues = [...parsed.issues, ...outcome.issues];

  // Only the no-result state offers the categories.
  const topCategories =
    result.total === 0 && !hasCatalogFilters(state)
      ? (await (await api()).storefront.catalog.categoryTree()).map((category) => ({
          name: category.name,
          href: categoryHref(category.slug),
        }))
      : [];

  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      <header className="mb-8">
        <p className="text-sm font-medium text-muted-foreground">
          {state.q === '' ? 'Shop' : 'Search results'}
        </p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance break-words">
          {state.q === '' ? 'All products' : `“${state.q}”`}
        </h1>
      </header>

      <CatalogNotices messages={issues.map((issue) => issue.message)} />

      <CatalogView
        pathname={SEARCH_PATH}
        state={state}
        result={result}
        store={store}
        priceText={parsed.priceText}
        priceErrors={parsed.priceErrors}
        showCategoryFacet
        noResults={<NoSearchResults query={state.q} categories={topCategories} />}
      />
    </main>
  );
}
