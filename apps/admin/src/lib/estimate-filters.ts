import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import { estimateStatusSchema } from '@storeloom/validators';
import type { z } from 'zod';

export type EstimateStatusValue = z.infer<typeof estimateStatusSchema>;

export const ESTIMATES_PAGE_SIZE = 25;

/** Every status `estimates.list` filters by, in the order an estimate moves through them. */
export const ESTIMATE_STATUS_TABS: readonly EstimateStatusValue[] = estimateStatusSchema.options;

/** The list's filters as they live in the URL (`?status=&search=`). */
export interface EstimateFilters {
  status: EstimateStatusValue | undefined;
  search: string | undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?status=`; anything the API would reject shows every estimate instead. */
export function readEstimateStatus(
  value: string | string[] | undefined,
): EstimateStatusValue | undefined {
  const parsed = estimateStatusSchema.safeParse(firstValue(value));
  return parsed.success ? parsed.data : undefined;
}

/** `?search=` trimmed and cut to what the API accepts (120 characters); blank means no search. */
export function readEstimateSearch(value: string | string[] | undefined): string | undefined {
  const search = firstValue(value)?.trim().slice(0, 120);
  return search === undefined || search === '' ? undefined : search;
}

export function estimatesHref({ status, search }: EstimateFilters): string {
  const params = new URLSearchParams();
  if (status !== undefined) params.set('status', status);
  if (search !== undefined) params.set('search', search);
  const query = params.toString();
  return query === '' ? '/estimates' : `/estimates?${query}`;
}

type EstimatesListInput = Omit<RouterInputs['estimates']['list'], 'cursor'>;
type EstimatesPage = RouterOutputs['estimates']['list'];

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function estimatesListInput({ status, search }: EstimateFilters): EstimatesListInput {
  return { status, search, limit: ESTIMATES_PAGE_SIZE };
}

/** Keyset paging: the next page starts after the last estimate of this one. */
export function nextEstimatesCursor(page: EstimatesPage): string | undefined {
  return page.nextCursor ?? undefined;
}
