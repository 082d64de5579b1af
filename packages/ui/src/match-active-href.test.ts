import { describe, expect, it } from 'vitest';

import { matchActiveHref } from './match-active-href';

const hrefs = ['/', '/products', '/orders', '/settings', '/settings/team'];

describe('matchActiveHref', () => {
  it('matches the root only exactly', () => {
    expect(matchActiveHref('/', hrefs)).toBe('/');
    expect(matchActiveHref('/unknown', hrefs)).toBeUndefined();
  });

  it('matches nested paths by segment', () => {
    expect(matchActiveHref('/products/p_123/edit', hrefs)).toBe('/products');
  });

  it('does not match a shared prefix that is not a segment', () => {
    expect(matchActiveHref('/orders-archive', hrefs)).toBeUndefined();
  });

  it('prefers the longest match', () => {
    expect(matchActiveHref('/settings/team/invite', hrefs)).toBe('/settings/team');
    expect(matchActiveHref('/settings/domains', hrefs)).toBe('/settings');
  });
});
