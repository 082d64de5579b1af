import { protectPages } from '@storeloom/client/next/proxy';
import type { NextRequest } from 'next/server';

/** Signed-out visitors go to the sign-in page; see `protectPages` for what this does not check. */
export function proxy(request: NextRequest) {
  return protectPages(request);
}

export const config = {
  // Pages only: the tRPC endpoint answers UNAUTHORIZED itself, and assets must stay public.
  matcher: [
    '/((?!api/|_next/|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico)$).*)',
  ],
};
