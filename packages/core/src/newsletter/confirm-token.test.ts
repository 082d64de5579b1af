import { describe, expect, it } from 'vitest';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { confirmTokenIssuedAt, issueConfirmToken } from './confirm-token.ts';

describe('confirmation tokens', () => {
  it('carry their issue time, and only their hash is kept', () => {
    const now = new Date('2026-05-04T10:20:30.456Z');
    const { token, hash } = issueConfirmToken(now);
    expect(confirmTokenIssuedAt(token)).toEqual(now);
    expect(hash).toBe(hashOpaqueToken(token));
    expect(hash).not.toContain(token);
  });

  it('are different every time', () => {
    const now = new Date();
    expect(issueConfirmToken(now).token).not.toBe(issueConfirmToken(now).token);
  });

  it('refuse anything that is not one of them', () => {
    const { token } = issueConfirmToken(new Date());
    for (const bad of ['', 'abc', `${token}x`, token.replace('.', ''), `!${token}`, 'zz.short']) {
      expect(confirmTokenIssuedAt(bad)).toBeNull();
    }
  });
});
