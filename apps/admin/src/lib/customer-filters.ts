import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import { customerListSortSchema, type CustomerListSort } from '@storeloom/validators';

export const CUSTOMERS_PAGE_SIZE = 25;

export const CUSTOMER_SORT_TABS: readonly { sort: CustomerListSort; label: string }[] = [
  { sort: 'newest', label: 'Newest' },
  { sort: 'lifetime_value', label: 'Top spenders' },
  { sort: 'order_count', label: 'Most orders' },
];

/** The list's state as it lives in the URL (`?sort=&q=`). */
export interface CustomerFilters {
  sort: CustomerListSort;
  q: string | undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?sort=`; anything the API would reject is the default, newest first. */
export function readCustomerSort(value: string | string[] | undefined): CustomerListSort {
  const parsed = customerListSortSchema.safeParse(firstValue(value));
  return parsed.success ? parsed.data : 'newest';
}

/** `?q=` trimmed and cut to what the API accepts (200 characters); blank means no search. */
export function readCustomerSearch(value: string | string[] | undefined): string | undefined {
  const q = firstValue(value)?.trim().slice(0, 200);
  return q === undefined || q === '' ? undefined : q;
}

export function customersHref({ sort, q }: CustomerFilters): string {
  const params = new URLSearchParams();
  if (sort !== 'newest') params.set('sort', sort);
  if (q !== undefined) params.set('q', q);
  const query = params.toString();
  return query === '' ? '/customers' : `/customers?${query}`;
}

type CustomersListInput = Omit<RouterInputs['customers']['list'], 'cursor'>;
type CustomersPage = RouterOutputs['customers']['list'];

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function customersListInput({ sort, q }: CustomerFilters): CustomersListInput {
  return { sort, q, limit: CUSTOMERS_PAGE_SIZE };
}

/** Keyset paging: the next page starts after the last customer of this one. */
export function nextCustomersCursor(page: CustomersPage): string | undefined {
  return page.nextCursor ?? undefined;
}
