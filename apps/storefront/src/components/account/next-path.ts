import { safeNextPath } from '@storeloom/ui';

/** Pages that make no sense to land on once signed in: going there would look like a failure. */
const SIGNED_OUT_PAGES = new Set([
  '/account/sign-in',
  '/account/sign-up',
  '/account/forgot-password',
  '/account/reset-password',
  '/account/magic-link',
]);

/**
 * Where to go after signing in: the `?next=` path when it stays on this store (never another
 * origin, see safeNextPath) and is not itself a sign-in page, else the account overview.
 */
export function accountNextPath(next: string | string[] | undefined): string {
  const path = safeNextPath(typeof next === 'string' ? next : null, '/account');
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return SIGNED_OUT_PAGES.has(pathname) ? '/account' : path;
}

/** A sign-in link that comes back to `next` afterwards. */
export function signInHref(next: string): string {
  return next === '/account'
    ? '/account/sign-in'
    : `/account/sign-in?next=${encodeURIComponent(next)}`;
}

/** Carries `next` over to the other sign-in pages (sign up, magic link). */
export function withNext(path: string, next: string): string {
  return next === '/account' ? path : `${path}?next=${encodeURIComponent(next)}`;
}
