'use client';

import { useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

/** After a change: every cached product query (list pages, category counts) is fetched again. */
export function useRefreshProducts(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.products.pathFilter()),
      queryClient.invalidateQueries(trpc.categories.pathFilter()),
    ]);
  };
}
