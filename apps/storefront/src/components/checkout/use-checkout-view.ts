'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { useTRPC } from '~/trpc/react';

import type { CheckoutView } from './checkout-types';

/**
 * The checkout as the server last answered it. The page renders it first; every step's mutation
 * answers with the whole checkout again (re-priced), which replaces it here, so totals on the
 * page are always the server's.
 */
export function useCheckoutView(initial: CheckoutView) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.storefront.checkout.get.queryOptions({ checkoutId: initial.checkoutId });
  const { data } = useQuery({ ...options, initialData: initial });
  const { queryKey } = options;
  const replace = useCallback(
    (view: CheckoutView) => {
      queryClient.setQueryData(queryKey, view);
    },
    [queryClient, queryKey],
  );
  return { view: data, replace };
}
