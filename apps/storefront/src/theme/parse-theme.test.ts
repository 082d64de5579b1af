import { describe, expect, it } from 'vitest';

import { defaultTheme, parseTheme } from './parse-theme';

describe('parseTheme', () => {
  it('reads a valid saved theme as it is', () => {
    const saved = { accentColor: '#be185d', fontFamily: 'serif', colorScheme: 'auto' };
    expect(parseTheme(saved)).toEqual({ ...defaultTheme, ...saved });
  });

  it('replaces only the fields that no longer parse', () => {
    const saved = {
      accentColor: 'red; background: url(https://evil.test)',
      fontFamily: 'rounded',
      colorScheme: 'sepia',
      logoUrl: 'https://cdn.example.com/logo.svg',
    };
    expect(parseTheme(saved)).toEqual({
      ...defaultTheme,
      fontFamily: 'rounded',
      logoUrl: 'https://cdn.example.com/logo.svg',
    });
  });

  it('falls back to the defaults when the saved value is not an object', () => {
    expect(parseTheme(null)).toEqual(defaultTheme);
    expect(parseTheme('dark')).toEqual(defaultTheme);
    expect(parseTheme([1, 2])).toEqual(defaultTheme);
  });
});
