import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import {
  emptyCatalogState,
  firstCatalogPage,
  type CatalogParamIssue,
  type CatalogUrlState,
} from '@storeloom/validators';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

import { api } from '~/trpc/server';

export type CatalogSearchResult = RouterOutputs['storefront']['catalog']['search'];

export const CATALOG_PAGE_SIZE = 24;

export type CatalogSearchOutcome =
  | {
      kind: 'ok';
      result: CatalogSearchResult;
      /** The state the results are for: a page or filter the API refused has been dropped. */
      state: CatalogUrlState;
      issues: CatalogParamIssue[];
    }
  | { kind: 'category_not_found' };

interface RunCatalogSearchInput {
  state: CatalogUrlState;
  /** The category page's own category; the search page's comes from `state.category`. */
  pageCategory?: string;
}

/** The first readable sentence of a refused input, never the raw JSON of a validation error. */
function refusalMessage(error: TRPCError): string {
  if (error.cause instanceof ZodError) {
    return error.cause.issues[0]?.message ?? 'Some filters could not be used.';
  }
  return error.message;
}

function searchInput(state: CatalogUrlState, pageCategory: string | undefined) {
  return {
    q: state.q === '' ? undefined : state.q,
    categorySlug: pageCategory ?? state.category ?? undefined,
    minPrice: state.minPrice ?? undefined,
    maxPrice: state.maxPrice ?? undefined,
    inStock: state.inStock || undefined,
    options: state.options.length > 0 ? state.options : undefined,
    sort: state.sort,
    cursor: state.cursor ?? undefined,
    limit: CATALOG_PAGE_SIZE,
  };
}

/**
 * Runs the search for a page's URL state. The URL was already cleaned, so a refusal here means a
 * stale link (a page cursor that expired, a category that was removed): the page falls back to
 * what still works and says why, instead of failing. Anything else is a real error and is thrown.
 */
export async function runCatalogSearch({
  state: requested,
  pageCategory,
}: RunCatalogSearchInput): Promise<CatalogSearchOutcome> {
  const caller = await api();
  const issues: CatalogParamIssue[] = [];
  let state = requested;
  // Each retry removes something (the page, the category, the filters), so three always end.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const result = await caller.storefront.catalog.search(searchInput(state, pageCategory));
      return { kind: 'ok', result, state, issues };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      if (error.code === 'NOT_FOUND' && pageCategory !== undefined) {
        return { kind: 'category_not_found' };
      }
      if (error.code === 'NOT_FOUND' && state.category !== null) {
        issues.push({
          field: 'category',
          message: 'That category is no longer available, so every category is searched.',
        });
        state = { ...firstCatalogPage(state), category: null };
      } else if (error.code === 'BAD_REQUEST' && state.cursor !== null) {
        issues.push({ field: 'cursor', message: refusalMessage(error) });
        state = firstCatalogPage(state);
      } else if (error.code === 'BAD_REQUEST') {
        issues.push({
          field: 'options',
          message: `${refusalMessage(error)} The filters were cleared.`,
        });
        state = { ...emptyCatalogState, q: state.q, sort: state.sort };
      } else {
        throw error;
      }
    }
  }
  throw new Error('The catalogue search kept refusing its input');
}
