import { describe, expect, it } from 'vitest';
import { formatSummary, storefrontUrls } from './summary';

const input = {
  storefrontPort: 3000,
  adminPort: 3001,
  builderPort: 3002,
  platformPort: 3003,
  rootDomain: 'localhost',
  storeSlugs: ['demo-store', 'tech-gadgets'],
  signIn: { email: 'owner@demo-store.test', password: 'storeloom-demo' },
  database: 'embedded PostgreSQL on 127.0.0.1:54329, data in .data/pg',
  totalMs: 12_345,
};

describe('formatSummary', () => {
  it('lists every URL, the sign-in hint and the start time in an aligned box', () => {
    expect(formatSummary(input)).toBe(
      [
        '┌──────────────────────────────────────────────────────────────────────┐',
        '│ Storeloom is running (started in 12.3s)                              │',
        '│                                                                      │',
        '│ Storefront  http://demo-store.localhost:3000                         │',
        '│             http://tech-gadgets.localhost:3000                       │',
        '│ Admin       http://localhost:3001                                    │',
        '│ Builder     http://localhost:3002                                    │',
        '│ Platform    http://localhost:3003                                    │',
        '│                                                                      │',
        '│ Sign in     owner@demo-store.test / storeloom-demo                   │',
        '│ Database    embedded PostgreSQL on 127.0.0.1:54329, data in .data/pg │',
        '│ Stop        Ctrl+C                                                   │',
        '└──────────────────────────────────────────────────────────────────────┘',
      ].join('\n'),
    );
  });

  it('builds store URLs from the root domain and port', () => {
    expect(storefrontUrls(['tech-gadgets'], 'shop.test', 8080)).toEqual([
      'http://tech-gadgets.shop.test:8080',
    ]);
  });
});
