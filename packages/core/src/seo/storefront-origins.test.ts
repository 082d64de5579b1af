import { describe, expect, it } from 'vitest';

import { canonicalOrigin, originOfHost } from './storefront-origins.ts';

describe('originOfHost', () => {
  it('uses http for local hosts and https for the rest, keeping the port', () => {
    expect(originOfHost('tech-gadgets.localhost:3100')).toBe('http://tech-gadgets.localhost:3100');
    expect(originOfHost('localhost')).toBe('http://localhost');
    expect(originOfHost('127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(originOfHost('Shop.Example.com')).toBe('https://shop.example.com');
    expect(originOfHost('notlocalhost.com')).toBe('https://notlocalhost.com');
  });
});

describe('canonicalOrigin', () => {
  it('is the served host when it is the primary domain, or when there is none', () => {
    expect(
      canonicalOrigin({ servedHost: 'shop.example.com', primaryHost: 'shop.example.com' }),
    ).toBe('https://shop.example.com');
    expect(canonicalOrigin({ servedHost: 'a.localhost:3100', primaryHost: 'a.localhost' })).toBe(
      'http://a.localhost:3100',
    );
    expect(canonicalOrigin({ servedHost: 'outdoor.test', primaryHost: null })).toBe(
      'https://outdoor.test',
    );
  });

  it('points every other host of the store at its primary domain', () => {
    expect(
      canonicalOrigin({ servedHost: 'shop.storeloom.app', primaryHost: 'shop.example.com' }),
    ).toBe('https://shop.example.com');
    expect(
      canonicalOrigin({ servedHost: 'www.example.com:8443', primaryHost: 'shop.example.com' }),
    ).toBe('https://shop.example.com');
  });

  it('keeps the served port when the primary domain is a local one', () => {
    expect(
      canonicalOrigin({ servedHost: 'outdoor.test:3100', primaryHost: 'outdoor.localhost' }),
    ).toBe('http://outdoor.localhost:3100');
  });
});
