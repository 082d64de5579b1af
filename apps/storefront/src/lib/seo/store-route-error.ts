import { TRPCError } from '@trpc/server';

/** Suspensions are open-ended; an hour tells crawlers to come back rather than drop the store. */
const RETRY_AFTER_SECONDS = '3600';

/**
 * The answer of a route handler (which the proxy does not cover) when the host serves no open
 * store: 404 for an unknown host, 503 while it is suspended. Null for any other error.
 */
export function storeRouteError(error: unknown): Response | null {
  if (!(error instanceof TRPCError)) return null;
  if (error.code === 'NOT_FOUND') {
    return new Response('No store at this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (error.code === 'SERVICE_UNAVAILABLE') {
    return new Response('This store is temporarily unavailable.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': RETRY_AFTER_SECONDS },
    });
  }
  return null;
}
