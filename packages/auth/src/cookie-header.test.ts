import { describe, expect, it } from 'vitest';

import { readCookie } from './cookie-header';

describe('readCookie', () => {
  it('finds a cookie among others, tolerating spacing', () => {
    expect(readCookie('a=1; b=2;c=3', 'b')).toBe('2');
    expect(readCookie('a=1; b=2;c=3', 'c')).toBe('3');
  });

  it('matches the exact name only', () => {
    expect(
      readCookie('xstoreloom_session=1; storeloom_session_2=2', 'storeloom_session'),
    ).toBeNull();
  });

  it("keeps '=' inside the value and the first occurrence", () => {
    expect(readCookie('t=abc==; t=second', 't')).toBe('abc==');
  });

  it('decodes percent-encoding and strips quotes', () => {
    expect(readCookie('n=hello%20world', 'n')).toBe('hello world');
    expect(readCookie('n="quoted"', 'n')).toBe('quoted');
  });

  it('returns null for absent, empty or garbage headers and never throws', () => {
    expect(readCookie(null, 'a')).toBeNull();
    expect(readCookie(undefined, 'a')).toBeNull();
    expect(readCookie('', 'a')).toBeNull();
    expect(readCookie('a=', 'a')).toBeNull();
    expect(readCookie(';;; =; junk', 'a')).toBeNull();
    expect(readCookie('a=%E0%A4%A', 'a')).toBe('%E0%A4%A');
  });
});
