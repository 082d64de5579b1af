import { describe, expect, it } from 'vitest';

import { accountNextPath, signInHref, withNext } from './next-path';

describe('accountNextPath', () => {
  it('keeps a path on this store, with its query', () => {
    expect(accountNextPath('/account/orders/abc')).toBe('/account/orders/abc');
    expect(accountNextPath('/checkout?step=2')).toBe('/checkout?step=2');
  });

  it.each([
    [undefined],
    [''],
    [['/a', '/b']],
    ['https://evil.example/account'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
  ])('falls back to the account for %j', (next) => {
    expect(accountNextPath(next)).toBe('/account');
  });

  it('never goes back to a sign-in page, which would look like a failed sign-in', () => {
    expect(accountNextPath('/account/sign-in?next=/account')).toBe('/account');
    expect(accountNextPath('/account/reset-password?token=x')).toBe('/account');
    expect(accountNextPath('/account/magic-link#top')).toBe('/account');
  });
});

describe('sign-in links', () => {
  it('carry where to come back to, unless that is the account itself', () => {
    expect(signInHref('/account/orders/a b')).toBe(
      '/account/sign-in?next=%2Faccount%2Forders%2Fa%20b',
    );
    expect(signInHref('/account')).toBe('/account/sign-in');
    expect(withNext('/account/sign-up', '/checkout')).toBe('/account/sign-up?next=%2Fcheckout');
    expect(withNext('/account/sign-up', '/account')).toBe('/account/sign-up');
  });
});
