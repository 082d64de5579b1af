'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';

import {
  customerCommandItems,
  orderCommandItems,
  productCommandItems,
  type CommandGroup,
  type CommandItem,
} from '~/lib/command-results';
import { apiErrorCode } from '~/lib/api-error-code';
import { useDebouncedValue } from '~/lib/use-debounced-value';
import { useTRPC } from '~/trpc/react';

/** Shorter terms match half the store; the lists would only flicker. */
export const minimumSearchLength = 2;
const perGroup = 5;

export interface CommandSearchState {
  /** The term the shown results answer (debounced). */
  term: string;
  items: CommandItem[];
  searching: boolean;
  /** Groups whose search failed for another reason than the member's role. */
  failed: CommandGroup[];
}

/**
 * Orders, products and customers matching `text`, through the same list procedures as their
 * pages (one batched request). A group the member's role may not read is left out silently.
 */
export function useCommandSearch(text: string): CommandSearchState {
  const trpc = useTRPC();
  const term = useDebouncedValue(text.trim(), 200);
  const enabled = term.length >= minimumSearchLength;
  const shared = { enabled, placeholderData: keepPreviousData, staleTime: 30_000, retry: false };

  const orders = useQuery({
    ...trpc.orders.list.queryOptions({ search: term, limit: perGroup }),
    ...shared,
  });
  const products = useQuery({
    ...trpc.products.list.queryOptions({ q: term, limit: perGroup }),
    ...shared,
  });
  const customers = useQuery({
    ...trpc.customers.list.queryOptions({ q: term, limit: perGroup }),
    ...shared,
  });

  if (!enabled) return { term, items: [], searching: false, failed: [] };

  const groups = [
    {
      group: 'Orders' as const,
      query: orders,
      toItems: () => orderCommandItems(orders.data?.items ?? []),
    },
    {
      group: 'Products' as const,
      query: products,
      toItems: () => productCommandItems(products.data?.items ?? []),
    },
    {
      group: 'Customers' as const,
      query: customers,
      toItems: () => customerCommandItems(customers.data?.items ?? []),
    },
  ];
  return {
    term,
    items: groups.flatMap(({ toItems }) => toItems()),
    searching: groups.some(({ query }) => query.isFetching),
    failed: groups
      .filter(({ query }) => query.isError && apiErrorCode(query.error) !== 'FORBIDDEN')
      .map(({ group }) => group),
  };
}
