import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { DomainError } from '../errors/domain-error.ts';
import type { EncryptionKeyRing } from './encryption-keys.ts';

/** The stored form of a secret: matches the Credential columns. */
export interface SealedSecret {
  keyId: string;
  iv: string;
  authTag: string;
  ciphertext: string;
}

const ALGORITHM = 'aes-256-gcm';

/**
 * AES-256-GCM with a fresh 96-bit IV per secret. The additional data binds a ciphertext to its
 * store and name, so a row copied to another store or credential does not decrypt.
 */
export function encryptSecret(
  keys: EncryptionKeyRing,
  plaintext: string,
  context: string,
): SealedSecret {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, keys.current.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: keys.current.id,
    iv: iv.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function decryptSecret(
  keys: EncryptionKeyRing,
  sealed: SealedSecret,
  context: string,
): string {
  const key = keys.byId.get(sealed.keyId);
  if (!key) {
    throw new DomainError(
      'UNAVAILABLE',
      `A stored credential uses encryption key "${sealed.keyId}", which is no longer configured.`,
    );
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.authTag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new DomainError('UNAVAILABLE', 'A stored credential could not be decrypted.');
  }
}

/** What a client may see of a secret: its last four characters. */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}
