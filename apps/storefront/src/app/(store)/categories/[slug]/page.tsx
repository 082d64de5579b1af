import {
  firstCatalogPage,
  parseCatalogParams,
  type CatalogSearchParams,
} from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { BreadcrumbJsonLd } from '~/components/catalog/breadcrumb-json-ld';
import { Breadcrumbs } from '~/components/catalog/breadcrumbs';
import { CatalogNotices } from '~/components/catalog/catalog-notices';
import { CatalogView } from '~/components/catalog/catalog-view';
import { EmptyCategory } from '~/components/catalog/empty-category';
import { SubcategoryLinks } from '~/components/catalog/subcategory-links';
import { catalogHref } from '~/lib/catalog/catalog-href';
import { loadCategory } from '~/lib/catalog/load-category';
import { runCatalogSearch } from '~/lib/catalog/run-catalog-search';
import { categoryHref } from '~/lib/category-links';
import { loadCurrentStore } from '~/lib/current-store';
import { canonicalUrl } from '~/lib/seo/canonical-url';

interface CategoryPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<CatalogSearchParams>;
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const current = await loadCurrentStore();
  if (current.kind !== 'ok') return { robots: { index: false } };
  const { store } = current;
  const category = await loadCategory((await params).slug);
  if (category === null) return { title: `Category not found — ${store.name}` };
  const description = category.description ?? `Shop ${category.name} at ${store.name}.`;
  return {
    title: `${category.name} — ${store.name}`,
    description,
    // Filters, sort and pages are views of the same shelf.
    alternates: { canonical: await canonicalUrl(categoryHref(category.slug)) },
    openGraph: { title: category.name, description, siteName: store.name, type: 'website' },
  };
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const current = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (current.kind !== 'ok') notFound();
  const { store } = current;
  // The proxy has already answered 404 for an unknown handle; this covers a category removed
  // since, and renders the category's own not-found page.
  const category = await loadCategory((await params).slug);
  if (category === null) notFound();

  const pathname = categoryHref(category.slug);
  const parsed = parseCatalogParams(await searchParams, { ...store, allowCategory: false });
  const outcome = await runCatalogSearch({ state: parsed.state, pageCategory: category.slug });
  if (outcome.kind !== 'ok') notFound();
  const { result, state } = outcome;

  const crumbs = [
    { name: 'Home', href: '/' },
    ...category.breadcrumbs.map((crumb) => ({ name: crumb.name, href: categoryHref(crumb.slug) })),
  ];
  const jsonLdItems = await Promise.all(
    crumbs.map(async (crumb) => ({ name: crumb.name, url: await canonicalUrl(crumb.href) })),
  );
  const counts = new Map(result.facets.categories.map((facet) => [facet.id, facet.count]));
  const parent = category.breadcrumbs.at(-2);

  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      <BreadcrumbJsonLd items={jsonLdItems} />
      <header className="mb-8 space-y-4">
        <Breadcrumbs items={crumbs} />
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-balance">{category.name}</h1>
          {category.description !== null && (
            <p className="mt-2 max-w-3xl text-base leading-7 text-muted-foreground">
              {category.description}
            </p>
          )}
        </div>
        <SubcategoryLinks
          parentName={category.name}
          items={category.children.map((child) => ({
            name: child.name,
            // Filters and sort carry over, so narrowing down keeps the shopper's choices.
            href: catalogHref(categoryHref(child.slug), firstCatalogPage(state), store.currency),
            count: counts.get(child.id) ?? 0,
          }))}
        />
      </header>

      <CatalogNotices
        messages={[...parsed.issues, ...outcome.issues].map((issue) => issue.message)}
      />

      <CatalogView
        pathname={pathname}
        state={state}
        result={result}
        store={store}
        priceText={parsed.priceText}
        priceErrors={parsed.priceErrors}
        showCategoryFacet={false}
        noResults={
          <EmptyCategory
            name={category.name}
            parent={
              parent === undefined ? null : { name: parent.name, href: categoryHref(parent.slug) }
            }
          />
        }
      />
    </main>
  );
}
