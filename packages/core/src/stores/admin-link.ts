import { env } from '../env.ts';

/**
 * An absolute link into the admin app (STORELOOM_ADMIN_URL), for emails sent outside any
 * request: `adminLink('/sign-in')` → `https://admin.example.com/sign-in`.
 */
export function adminLink(path: string, baseUrl: string = env.STORELOOM_ADMIN_URL): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
