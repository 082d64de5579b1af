import { readCookie } from '../cookie-header';
import { DEFAULT_SESSION_TTL_SECONDS } from './session-token';

export const SESSION_COOKIE_NAME = 'storeloom_session';

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  path: '/';
  secure: boolean;
  /** Seconds. */
  maxAge: number;
}

/** Strip the port (and IPv6 brackets) from a Host header value. */
function hostname(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']'));
  return trimmed.split(':')[0] ?? '';
}

/**
 * Browsers drop Secure cookies on plain http, which local development uses; anywhere
 * else (including an unknown host) the cookie must only travel over https.
 */
export function isLocalHost(host: string | null | undefined): boolean {
  if (!host) return false;
  const name = hostname(host);
  return (
    name === 'localhost' || name === '127.0.0.1' || name === '::1' || name.endsWith('.localhost')
  );
}

export function sessionCookieOptions(
  host: string | null | undefined,
  maxAge: number = DEFAULT_SESSION_TTL_SECONDS,
): SessionCookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: !isLocalHost(host), maxAge };
}

function serialize(value: string, options: SessionCookieOptions): string {
  const parts = [
    `${SESSION_COOKIE_NAME}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** A `Set-Cookie` value carrying the session token. */
export function serializeSessionCookie(
  token: string,
  host: string | null | undefined,
  maxAge: number = DEFAULT_SESSION_TTL_SECONDS,
): string {
  return serialize(token, sessionCookieOptions(host, maxAge));
}

/** A `Set-Cookie` value that deletes the session cookie (sign-out). */
export function clearSessionCookie(host: string | null | undefined): string {
  return serialize('', sessionCookieOptions(host, 0));
}

export function readSessionCookie(cookieHeader: string | null | undefined): string | null {
  return readCookie(cookieHeader, SESSION_COOKIE_NAME);
}
