import {
  VISITOR_COOKIE,
  VISITOR_COOKIE_MAX_AGE_SECONDS,
  visitorIdSchema,
} from '@storeloom/validators';
import { NextResponse, type NextRequest } from 'next/server';

import { requestHost } from './host-store';

function isLocalHost(host: string | null): boolean {
  const hostname = (host ?? '').split(':')[0] ?? '';
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

/**
 * Lets the page request through, giving a browser without one its anonymous visitor id, which
 * storefront events use to tell visits apart. The new id is added to this request's cookies as
 * well, so the very first page view already counts under it.
 */
export function continueWithVisitorId(request: NextRequest): NextResponse {
  if (visitorIdSchema.safeParse(request.cookies.get(VISITOR_COOKIE)?.value).success) {
    return NextResponse.next();
  }
  const visitorId = crypto.randomUUID();
  const headers = new Headers(request.headers);
  const cookie = headers.get('cookie');
  const visitorCookie = `${VISITOR_COOKIE}=${visitorId}`;
  headers.set('cookie', cookie ? `${cookie}; ${visitorCookie}` : visitorCookie);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(VISITOR_COOKIE, visitorId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: VISITOR_COOKIE_MAX_AGE_SECONDS,
    secure: !isLocalHost(requestHost(request.headers)),
  });
  return response;
}
