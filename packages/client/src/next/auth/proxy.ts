import { CLERK_SESSION_COOKIE_NAME, SESSION_COOKIE_NAME } from '@storeloom/auth';
import { NextResponse, type NextRequest } from 'next/server';

import { REQUEST_PATH_HEADER } from './request-path';

// No `server-only` here: the proxy is not bundled for React server components, so it would throw.

function isPublicPath(pathname: string): boolean {
  // Clerk's <SignIn /> may append its own steps under the page.
  return pathname === '/sign-in' || pathname.startsWith('/sign-in/');
}

/**
 * First gate only, for the signed-in apps' `proxy`: signed-out visitors go to the sign-in page
 * without rendering anything. It checks that a session cookie is present, not that it is valid;
 * the API verifies the token on every call, and the layout sends anyone whose cookie it rejects
 * to sign in as well.
 */
export function protectPages(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const hasSessionCookie =
    request.cookies.has(SESSION_COOKIE_NAME) || request.cookies.has(CLERK_SESSION_COOKIE_NAME);

  if (!hasSessionCookie && !isPublicPath(pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = '/sign-in';
    signIn.search = '';
    signIn.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  // Set here so a client cannot choose it; the value is validated again where it is used.
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export { REQUEST_PATH_HEADER };
