'use client';

import { skipToken, useQuery } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

/** Where the shopper wants an estimate for, and the delivery option to total with. */
export interface EstimateDestination {
  country: string;
  postalCode?: string;
  tierCode?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The destination an earlier estimate was asked for, read from its query key's input. */
function askedFor(queryKey: readonly unknown[]): Record<string, unknown> | null {
  const meta = queryKey[1];
  return isRecord(meta) && isRecord(meta.input) ? meta.input : null;
}

/**
 * Delivery options and the cart's totals for a destination, priced by the server. Choosing
 * another option for the same place keeps the last answer on screen (greyed) until the new one
 * arrives; a new place starts blank, since the old options would name the wrong one.
 */
export function useShippingEstimate(destination: EstimateDestination | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.storefront.cart.estimateShipping.queryOptions(destination ?? skipToken),
    placeholderData: (previous, previousQuery) => {
      const asked = previousQuery ? askedFor(previousQuery.queryKey) : null;
      const samePlace =
        asked !== null &&
        asked.country === destination?.country &&
        asked.postalCode === destination?.postalCode;
      return samePlace ? previous : undefined;
    },
  });
}
