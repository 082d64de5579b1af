import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import { orderStatusSchema, type OrderStatusValue } from '@storeloom/validators';

export const ORDERS_PAGE_SIZE = 25;

/** Every status `orders.list` filters by, in the order an order moves through them. */
export const ORDER_STATUS_TABS: readonly OrderStatusValue[] = orderStatusSchema.options;

/** The desk's filters as they live in the URL (`?status=&search=`). */
export interface OrderFilters {
  status: OrderStatusValue | undefined;
  search: string | undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?status=` of the order list; anything the API would reject shows every order instead. */
export function readOrderStatus(
  value: string | string[] | undefined,
): OrderStatusValue | undefined {
  const parsed = orderStatusSchema.safeParse(firstValue(value));
  return parsed.success ? parsed.data : undefined;
}

/** `?search=` trimmed and cut to what the API accepts (120 characters); blank means no search. */
export function readOrderSearch(value: string | string[] | undefined): string | undefined {
  const search = firstValue(value)?.trim().slice(0, 120);
  return search === undefined || search === '' ? undefined : search;
}

export function ordersHref({ status, search }: OrderFilters): string {
  const params = new URLSearchParams();
  if (status !== undefined) params.set('status', status);
  if (search !== undefined) params.set('search', search);
  const query = params.toString();
  return query === '' ? '/orders' : `/orders?${query}`;
}

type OrdersListInput = Omit<RouterInputs['orders']['list'], 'cursor'>;
type OrdersPage = RouterOutputs['orders']['list'];

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function ordersListInput({ status, search }: OrderFilters): OrdersListInput {
  return { status, search, limit: ORDERS_PAGE_SIZE };
}

/** Keyset paging: the next page starts after the last order of this one. */
export function nextOrdersCursor(page: OrdersPage): string | undefined {
  return page.nextCursor ?? undefined;
}
