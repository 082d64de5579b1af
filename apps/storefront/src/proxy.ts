import { NextResponse, type NextRequest } from 'next/server';

import { STORE_NOT_FOUND_PATH, STORE_UNAVAILABLE_PATH } from '~/lib/internal-paths';
import { requestHost, resolveHostStore } from '~/server/host-store';
import { isMissingPage } from '~/server/missing-page';
import { continueWithVisitorId } from '~/server/visitor-cookie';

/** Suspensions are open-ended; an hour tells crawlers to come back rather than drop the store. */
const RETRY_AFTER_SECONDS = '3600';

/**
 * Decides the status of every page request before rendering starts. Pages stream (loading.tsx),
 * and a streamed response has already sent 200 by the time a page could call notFound(), so an
 * unknown host (404) or an offline store (503) has to be settled here.
 */
export async function proxy(request: NextRequest) {
  let resolution;
  try {
    resolution = await resolveHostStore(requestHost(request.headers));
  } catch (error) {
    // Database trouble: let the page render, fail the same way and show the error page.
    console.error('[proxy] store lookup failed', error);
    return NextResponse.next();
  }

  const { pathname } = request.nextUrl;
  if (resolution.kind === 'not_found') {
    // No route matches this path, so Next renders not-found.tsx, which explains the unknown host.
    return NextResponse.rewrite(new URL(STORE_NOT_FOUND_PATH, request.url), { status: 404 });
  }
  if (resolution.store.status !== 'active') {
    return NextResponse.rewrite(new URL(STORE_UNAVAILABLE_PATH, request.url), {
      status: 503,
      headers: { 'Retry-After': RETRY_AFTER_SECONDS },
    });
  }
  if (pathname === STORE_UNAVAILABLE_PATH) {
    // The internal page only makes sense for an offline store.
    return NextResponse.rewrite(new URL(STORE_NOT_FOUND_PATH, request.url), { status: 404 });
  }
  // A failed check lets the page render: it looks the slug up again and fails the same way.
  if (await isMissingPage(resolution.store.id, pathname).catch(() => false)) {
    // Same page, status settled now: it renders the store's own "not found" view under a 404.
    return NextResponse.rewrite(request.url, { status: 404 });
  }
  return continueWithVisitorId(request);
}

export const config = {
  // Pages only: not Next's assets, the API (tRPC answers 404/503 itself), media (the route
  // checks the store) or files with an extension (icons, robots.txt).
  matcher: ['/((?!_next/|api/|media/|[^?]*\\.[a-zA-Z0-9]+$).*)'],
};
