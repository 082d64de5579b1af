import { describe, expect, it } from 'vitest';

import {
  clearSessionCookie,
  isLocalHost,
  readSessionCookie,
  serializeSessionCookie,
  SESSION_COOKIE_NAME,
  sessionCookieOptions,
} from './session-cookie';

describe('session cookie', () => {
  it('is named storeloom_session', () => {
    expect(SESSION_COOKIE_NAME).toBe('storeloom_session');
  });

  it.each([
    ['localhost', true],
    ['localhost:3000', true],
    ['127.0.0.1:3001', true],
    ['[::1]:3000', true],
    ['demo-store.localhost:3000', true],
    ['admin.storeloom.com', false],
    ['localhost.evil.com', false],
    ['mylocalhost', false],
    [null, false],
  ])('host %s counts as local: %s', (host, expected) => {
    expect(isLocalHost(host)).toBe(expected);
  });

  it('sets httpOnly, SameSite=Lax, Path=/ and Secure outside localhost', () => {
    expect(sessionCookieOptions('admin.storeloom.com')).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: true,
      maxAge: 604800,
    });
    expect(sessionCookieOptions('localhost:3000').secure).toBe(false);
  });

  it('serializes a Set-Cookie header', () => {
    expect(serializeSessionCookie('abc.def.ghi', 'shop.example.com')).toBe(
      'storeloom_session=abc.def.ghi; Path=/; Max-Age=604800; HttpOnly; SameSite=Lax; Secure',
    );
    expect(serializeSessionCookie('t', 'localhost:3000', 60)).toBe(
      'storeloom_session=t; Path=/; Max-Age=60; HttpOnly; SameSite=Lax',
    );
  });

  it('clears the cookie with the same flags', () => {
    expect(clearSessionCookie('shop.example.com')).toBe(
      'storeloom_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('reads the token back from a Cookie header', () => {
    const setCookie = serializeSessionCookie('abc.def.ghi', 'localhost');
    const pair = setCookie.split(';')[0];
    expect(readSessionCookie(`theme=dark; ${pair}; other=1`)).toBe('abc.def.ghi');
    expect(readSessionCookie('theme=dark')).toBeNull();
  });
});
