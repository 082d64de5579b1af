import { describe, expect, it } from 'vitest';

import { parseEncryptionKeys } from '../credentials/encryption-keys.ts';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const key = (fill: string) => Buffer.alloc(32, fill).toString('base64');
const ring = parseEncryptionKeys(`k2:${key('new')},k1:${key('old')}`);
const oldRing = parseEncryptionKeys(`k1:${key('old')}`);

describe('unsubscribe tokens', () => {
  it('verify for the store and subscriber they were signed for', () => {
    const token = signUnsubscribeToken({ tenantId: 't1', subscriberId: 's1', keyRing: ring });
    expect(token.startsWith('s1.k2.')).toBe(true);
    expect(verifyUnsubscribeToken({ tenantId: 't1', token, keyRing: ring })).toBe('s1');
  });

  it("fail in another store, with another subscriber's id, or tampered with", () => {
    const token = signUnsubscribeToken({ tenantId: 't1', subscriberId: 's1', keyRing: ring });
    expect(verifyUnsubscribeToken({ tenantId: 't2', token, keyRing: ring })).toBeNull();
    expect(
      verifyUnsubscribeToken({ tenantId: 't1', token: token.replace(/^s1/, 's2'), keyRing: ring }),
    ).toBeNull();
    expect(
      verifyUnsubscribeToken({ tenantId: 't1', token: `${token}A`, keyRing: ring }),
    ).toBeNull();
    for (const bad of ['', 's1', 's1.k2', 's1.k2.sig.extra', 's1.nokey.sig']) {
      expect(verifyUnsubscribeToken({ tenantId: 't1', token: bad, keyRing: ring })).toBeNull();
    }
  });

  it('keep working after a key rotation while the old key is listed', () => {
    const old = signUnsubscribeToken({ tenantId: 't1', subscriberId: 's1', keyRing: oldRing });
    expect(verifyUnsubscribeToken({ tenantId: 't1', token: old, keyRing: ring })).toBe('s1');
    const current = signUnsubscribeToken({ tenantId: 't1', subscriberId: 's1', keyRing: ring });
    expect(verifyUnsubscribeToken({ tenantId: 't1', token: current, keyRing: oldRing })).toBeNull();
  });
});
