import { Button, ButtonLink, EmptyState, FilterIcon } from '@storeloom/ui';
import {
  CATALOG_PARAM,
  catalogQueryString,
  emptyCatalogState,
  firstCatalogPage,
  hasCatalogFilters,
  nextCatalogPage,
  previousCatalogPage,
  type CatalogUrlState,
} from '@storeloom/validators';
import { Link } from '~/components/link';
import type { ReactNode } from 'react';

import { ProductGrid } from '~/components/product-grid';
import { activeFilterChips } from '~/lib/catalog/active-filter-chips';
import { catalogHref } from '~/lib/catalog/catalog-href';
import { inTreeOrder } from '~/lib/catalog/category-facet-order';
import { CATALOG_PAGE_SIZE, type CatalogSearchResult } from '~/lib/catalog/run-catalog-search';
import { searchItemToCard } from '~/lib/catalog/search-product-card';
import { sortOptionsFor } from '~/lib/catalog/sort-options';

import { ActiveFilters } from './active-filters';
import { CatalogPagination } from './catalog-pagination';
import { CategoryFacet } from './category-facet';
import { FilterForm } from './filter-form';
import { OptionFacet } from './option-facet';
import { PriceFilter } from './price-filter';
import { SortSelect } from './sort-select';
import { StockFilter } from './stock-filter';

export const FILTER_FORM_ID = 'catalog-filters';

export interface CatalogViewProps {
  /** The page's path: `/search` or `/categories/<slug>`. */
  pathname: string;
  state: CatalogUrlState;
  result: CatalogSearchResult;
  store: { currency: string; locale: string };
  priceText: { min: string; max: string };
  priceErrors: { min?: string; max?: string };
  /** The search page narrows by category in the sidebar; a category page has its own links. */
  showCategoryFacet: boolean;
  /** What to show when nothing matches and no filter is to blame (the text, or an empty shelf). */
  noResults: ReactNode;
}

function countLabel(total: number, query: string, locale: string): string {
  const products = total === 1 ? '1 product' : `${total.toLocaleString(locale)} products`;
  return query === '' ? products : `${products} for “${query}”`;
}

/**
 * Filters, sort, results and pages of the search and category pages. The URL state is the only
 * state: every control is part of one GET form or a link built from the same state.
 */
export function CatalogView({
  pathname,
  state,
  result,
  store,
  priceText,
  priceErrors,
  showCategoryFacet,
  noResults,
}: CatalogViewProps) {
  const href = (next: CatalogUrlState) => catalogHref(pathname, next, store.currency);
  const first = firstCatalogPage(state);
  const categories = inTreeOrder(result.facets.categories);
  const categoryName = (slug: string) =>
    categories.find((category) => category.slug === slug)?.name ?? slug;
  const chips = activeFilterChips(state, { pathname, ...store, categoryName });
  const clearHref = href({ ...emptyCatalogState, q: state.q, sort: state.sort });
  const previous = previousCatalogPage(state);
  const filtered = hasCatalogFilters(state);

  const firstShown = (state.page - 1) * CATALOG_PAGE_SIZE + 1;
  const lastShown = firstShown + result.items.length - 1;

  return (
    <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <aside aria-labelledby="filters-heading" className="mb-6 lg:mb-0">
        {/* Collapsed on small screens; on wide ones the panel is always shown and the toggle hidden. */}
        <details className="rounded-lg border border-border bg-surface lg:border-0 lg:bg-transparent lg:[&::details-content]:[content-visibility:visible]">
          <summary className="flex h-11 cursor-pointer list-none items-center gap-2 px-4 text-sm font-medium lg:hidden [&::-webkit-details-marker]:hidden">
            <FilterIcon className="size-4" />
            Filters
            {chips.length > 0 && (
              <span className="rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-accent-foreground tabular-nums">
                {chips.length}
                <span className="sr-only"> active</span>
              </span>
            )}
          </summary>
          <div className="border-t border-border px-4 py-5 lg:border-0 lg:p-0">
            <h2 id="filters-heading" className="mb-5 hidden text-base font-semibold lg:block">
              Filters
            </h2>
            <FilterForm
              id={FILTER_FORM_ID}
              renderedFor={catalogQueryString(state, store.currency)}
              action={pathname}
              className="space-y-7"
            >
              {state.q !== '' && <input type="hidden" name={CATALOG_PARAM.q} value={state.q} />}
              {state.category !== null && (
                <input type="hidden" name={CATALOG_PARAM.category} value={state.category} />
              )}
              {showCategoryFacet && (
                <CategoryFacet
                  entries={categories.map((category) => ({
                    slug: category.slug,
                    name: category.name,
                    depth: category.depth,
                    count: category.count,
                    href: href({ ...first, category: category.slug }),
                  }))}
                  selected={state.category}
                  allHref={href({ ...first, category: null })}
                />
              )}
              <StockFilter checked={state.inStock} count={result.facets.inStockCount} />
              <PriceFilter
                currency={store.currency}
                locale={store.locale}
                text={priceText}
                errors={priceErrors}
                range={result.facets.price}
              />
              {result.facets.options.map((option, index) => (
                <OptionFacet
                  key={option.name}
                  index={index}
                  name={option.name}
                  values={option.values}
                  selected={state.options}
                />
              ))}
              <div className="flex flex-wrap items-center gap-3 border-t border-border pt-5">
                <Button type="submit" className="flex-1">
                  Apply filters
                </Button>
                {filtered && (
                  <Link
                    href={clearHref}
                    className="rounded-sm text-sm font-medium text-muted-foreground underline underline-offset-4 hover:text-foreground"
                  >
                    Clear all
                  </Link>
                )}
              </div>
            </FilterForm>
          </div>
        </details>
      </aside>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Products
        </h2>
        <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="text-sm text-muted-foreground">
            <span className="font-medium text-foreground">
              {countLabel(result.total, state.q, store.locale)}
            </span>
            {result.items.length > 0 && result.total > result.items.length && (
              <span>
                {' '}
                · showing {firstShown}–{lastShown}
              </span>
            )}
          </p>
          <SortSelect
            formId={FILTER_FORM_ID}
            value={result.sort}
            // Without a text, "relevance" (the default) lists the newest first.
            defaultSort={state.q === '' ? 'newest' : 'relevance'}
            options={sortOptionsFor(state.q !== '')}
          />
        </div>

        {chips.length > 0 && (
          <div className="mb-6">
            <ActiveFilters filters={chips} clearHref={clearHref} />
          </div>
        )}

        {result.items.length > 0 ? (
          <ProductGrid products={result.items.map(searchItemToCard)} locale={store.locale} />
        ) : state.cursor !== null ? (
          <EmptyState
            title="No more products"
            description="This list has no further pages."
            action={
              <ButtonLink href={href(first)} linkComponent={Link} variant="secondary">
                Back to the first page
              </ButtonLink>
            }
          />
        ) : filtered ? (
          <EmptyState
            title="No products match these filters"
            description="Remove a filter or widen the price range to see more."
            action={
              <ButtonLink href={clearHref} linkComponent={Link} variant="secondary">
                Clear all filters
              </ButtonLink>
            }
          />
        ) : (
          noResults
        )}

        <CatalogPagination
          page={state.page}
          pageCount={Math.ceil(result.total / CATALOG_PAGE_SIZE)}
          previousHref={previous === null ? null : href(previous)}
          nextHref={
            result.nextCursor === null ? null : href(nextCatalogPage(state, result.nextCursor))
          }
        />
      </section>
    </div>
  );
}
