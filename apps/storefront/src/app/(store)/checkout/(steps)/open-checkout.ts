import 'server-only';

import { TRPCError } from '@trpc/server';

import type { CheckoutView } from '~/components/checkout/checkout-types';
import type { api } from '~/trpc/server';

export type OpenedCheckout =
  { kind: 'open'; view: CheckoutView } | { kind: 'empty' } | { kind: 'blocked'; reason: string };

/**
 * Opens checkout for the shopper's cart (or resumes the one already open; a new one replaces an
 * expired one). No cart or an empty one, and a cart with a blocking problem, are pages of their
 * own rather than errors. `start` writes no cookie, so it can run while rendering.
 */
export async function openCheckout(
  caller: Awaited<ReturnType<typeof api>>,
): Promise<OpenedCheckout> {
  try {
    return { kind: 'open', view: await caller.storefront.checkout.start() };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'NOT_FOUND' || error.code === 'PRECONDITION_FAILED')
      return { kind: 'empty' };
    if (error.code === 'CONFLICT') return { kind: 'blocked', reason: error.message };
    throw error;
  }
}
