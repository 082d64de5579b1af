import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import {
  idSchema,
  productSortSchema,
  productStatusSchema,
  type ProductFilter,
  type ProductSort,
  type ProductStatus,
} from '@storeloom/validators';

export const PRODUCTS_PAGE_SIZE = 25;

/** The status tabs, in the order a product usually moves through them. */
export const PRODUCT_STATUS_TABS: readonly ProductStatus[] = productStatusSchema.options;

export const PRODUCT_SORT_LABELS: Record<ProductSort, string> = {
  updated: 'Recently updated',
  created: 'Newest first',
  title: 'Title A–Z',
};

/** The list's filters as they live in the URL (`?status=&category=&q=&sort=`). */
export interface ProductFilters {
  status: ProductStatus | undefined;
  categoryId: string | undefined;
  q: string | undefined;
  sort: ProductSort;
}

type SearchParam = string | string[] | undefined;

function firstValue(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The filters from the page's search params. Anything the API would reject is dropped, so a
 * hand-edited URL shows a wider list instead of an error.
 */
export function readProductFilters(params: {
  status?: SearchParam;
  category?: SearchParam;
  q?: SearchParam;
  sort?: SearchParam;
}): ProductFilters {
  const status = productStatusSchema.safeParse(firstValue(params.status));
  const categoryId = idSchema.safeParse(firstValue(params.category));
  const sort = productSortSchema.safeParse(firstValue(params.sort));
  // The API takes at most 200 characters; blank means no search.
  const q = firstValue(params.q)?.trim().slice(0, 200);
  return {
    status: status.success ? status.data : undefined,
    categoryId: categoryId.success ? categoryId.data : undefined,
    q: q === undefined || q === '' ? undefined : q,
    sort: sort.success ? sort.data : 'updated',
  };
}

function filterParams({ status, categoryId, q, sort }: ProductFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (status !== undefined) params.set('status', status);
  if (categoryId !== undefined) params.set('category', categoryId);
  if (q !== undefined) params.set('q', q);
  if (sort !== 'updated') params.set('sort', sort);
  return params;
}

export function productsHref(filters: ProductFilters): string {
  const query = filterParams(filters).toString();
  return query === '' ? '/products' : `/products?${query}`;
}

/** The CSV download of the products the list shows (every product when unfiltered). */
export function productsExportHref(filters: ProductFilters): string {
  const query = filterParams({ ...filters, sort: 'updated' }).toString();
  return query === '' ? '/products/export' : `/products/export?${query}`;
}

export function isFiltered({ status, categoryId, q }: ProductFilters): boolean {
  return status !== undefined || categoryId !== undefined || q !== undefined;
}

/** The filter part, as bulk actions and the export take it. */
export function productFilter({ status, categoryId, q }: ProductFilters): ProductFilter {
  return { status, categoryId, q };
}

type ProductsListInput = Omit<RouterInputs['products']['list'], 'cursor'>;
type ProductsPage = RouterOutputs['products']['list'];
export type ProductRow = ProductsPage['items'][number];

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function productsListInput(filters: ProductFilters): ProductsListInput {
  return { ...productFilter(filters), sort: filters.sort, limit: PRODUCTS_PAGE_SIZE };
}

/** Keyset paging: the next page starts after the last product of this one. */
export function nextProductsCursor(page: ProductsPage): string | undefined {
  return page.nextCursor ?? undefined;
}
