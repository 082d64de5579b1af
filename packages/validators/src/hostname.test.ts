import { describe, expect, it } from 'vitest';

import { normalizeHost } from './hostname.ts';

describe('normalizeHost', () => {
  it('lower-cases and strips the port and trailing dot', () => {
    expect(normalizeHost('Tech-Gadgets.LOCALHOST:3000')).toBe('tech-gadgets.localhost');
    expect(normalizeHost('shop.example.com.')).toBe('shop.example.com');
  });

  it.each([
    ['', null],
    [null, null],
    ['exa mple.com', null],
    ['-bad.example.com', null],
    ['a..b', null],
    ['<script>.com', null],
    [`${'a'.repeat(64)}.com`, null],
  ])('rejects %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
});
