import { TRPCError } from '@trpc/server';

import type { LinkFailure } from './newsletter-messages';

/**
 * What a failed confirm or unsubscribe means to the shopper. Anything else (the database is
 * down, a bug) is rethrown for the error page, rather than dressed up as a bad link.
 */
export function linkFailureOf(error: unknown): LinkFailure {
  if (error instanceof TRPCError) {
    if (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST') return 'invalid';
    if (error.code === 'PRECONDITION_FAILED') return 'expired';
  }
  throw error;
}
