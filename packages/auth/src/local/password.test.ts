import { describe, expect, it } from 'vitest';

import { hashPassword, needsRehash, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes into the versioned scrypt format with a random salt', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('storeloom-demo');
    expect(await verifyPassword('storeloom-demo', stored)).toBe(true);
    expect(await verifyPassword('storeloom-demo ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treats unicode compositions as the same password', async () => {
    const stored = await hashPassword('caf\u00e9');
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it('rejects a tampered hash', async () => {
    const stored = await hashPassword('secret-password');
    const parts = stored.split('$');
    const hash = parts[5]!;
    parts[5] = (hash.startsWith('A') ? 'B' : 'A') + hash.slice(1);
    expect(await verifyPassword('secret-password', parts.join('$'))).toBe(false);
  });

  it('verifies hashes made with older parameters and flags them for rehash', async () => {
    const stored = await hashPassword('old-password');
    expect(needsRehash(stored)).toBe(false);
    // Same salt and hash are meaningless under other parameters, so build a real weak hash.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const weak = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync('old-password', salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
    expect(await verifyPassword('old-password', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it('never throws on garbage or dangerous stored values', async () => {
    for (const stored of [
      '',
      'plain',
      'bcrypt$10$abc',
      'scrypt$abc$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
      'scrypt$1000$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA', // N not a power of two
      'scrypt$1073741824$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA', // would need 1 TiB
      'scrypt$1024$8$1$$',
    ]) {
      expect(await verifyPassword('x', stored), stored).toBe(false);
    }
    expect(needsRehash('plain')).toBe(true);
  });
});
