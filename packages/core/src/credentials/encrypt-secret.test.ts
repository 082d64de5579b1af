import { randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { decryptSecret, encryptSecret, maskSecret } from './encrypt-secret.ts';
import { parseEncryptionKeys, readEncryptionKeyRing } from './encryption-keys.ts';

const keyOf = () => randomBytes(32).toString('base64');

describe('encryptSecret', () => {
  it('round-trips and never stores the plaintext', () => {
    const keys = parseEncryptionKeys(`k1:${keyOf()}`);
    const sealed = encryptSecret(keys, 'sk_test_123456789', 'ctx');
    expect(sealed.keyId).toBe('k1');
    expect(JSON.stringify(sealed)).not.toContain('sk_test');
    expect(decryptSecret(keys, sealed, 'ctx')).toBe('sk_test_123456789');
  });

  it('uses a fresh IV for every secret', () => {
    const keys = parseEncryptionKeys(`k1:${keyOf()}`);
    expect(encryptSecret(keys, 'same', 'ctx').iv).not.toBe(encryptSecret(keys, 'same', 'ctx').iv);
  });

  it('refuses a ciphertext moved to another context or tampered with', () => {
    const keys = parseEncryptionKeys(`k1:${keyOf()}`);
    const sealed = encryptSecret(keys, 'secret-value', 'store-a');
    expect(() => decryptSecret(keys, sealed, 'store-b')).toThrow(/could not be decrypted/);
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      decryptSecret(keys, { ...sealed, ciphertext: flipped.toString('base64') }, 'store-a'),
    ).toThrow(/could not be decrypted/);
  });

  it('decrypts with an older key after rotation and encrypts with the new one', () => {
    const oldKey = keyOf();
    const before = parseEncryptionKeys(`old:${oldKey}`);
    const sealed = encryptSecret(before, 'rotate-me', 'ctx');
    const after = parseEncryptionKeys(`new:${keyOf()},old:${oldKey}`);
    expect(decryptSecret(after, sealed, 'ctx')).toBe('rotate-me');
    expect(encryptSecret(after, 'x', 'ctx').keyId).toBe('new');
    expect(() => decryptSecret(parseEncryptionKeys(`new:${keyOf()}`), sealed, 'ctx')).toThrow(
      /"old", which is no longer configured/,
    );
  });
});

describe('key ring configuration', () => {
  it('rejects malformed entries without echoing them', () => {
    expect(() => parseEncryptionKeys('k1:tooshort')).toThrow(/entry 1 must be/);
    expect(() => parseEncryptionKeys(`bad id:${keyOf()}`)).toThrow(/entry 1/);
    expect(() => parseEncryptionKeys(' , ')).toThrow(/lists no key/);
  });

  it('falls back to the development key only outside production', () => {
    expect(readEncryptionKeyRing({ NODE_ENV: 'test' }).current.id).toBe('dev');
    expect(() => readEncryptionKeyRing({ NODE_ENV: 'production' })).toThrow(
      /STORELOOM_ENCRYPTION_KEYS is not configured/,
    );
  });
});

describe('maskSecret', () => {
  it('shows only the last four characters of a long secret', () => {
    expect(maskSecret('sk_live_abcdefgh1234')).toBe('••••1234');
    expect(maskSecret('short')).toBe('••••');
  });
});
