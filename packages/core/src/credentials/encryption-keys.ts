import { env } from '../env.ts';
import { DomainError } from '../errors/domain-error.ts';

/** One AES-256 key with the id stored beside every ciphertext it produced. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** The first key encrypts; every key can decrypt, so an old key stays listed until rotation ends. */
export interface EncryptionKeyRing {
  current: EncryptionKey;
  byId: ReadonlyMap<string, EncryptionKey>;
}

/**
 * Public and deliberately weak: only the embedded default uses it, so a fresh checkout can store
 * test keys. `readEncryptionKeyRing` refuses it under NODE_ENV=production.
 */
const DEV_KEY: EncryptionKey = { id: 'dev', key: Buffer.alloc(32, 'storeloom-dev-only-key') };

const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses `STORELOOM_ENCRYPTION_KEYS`: comma-separated `keyId:base64key` pairs, each key 32 bytes.
 * Throws a configuration error naming the bad entry, never echoing key material.
 */
export function parseEncryptionKeys(value: string): EncryptionKeyRing {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry, index) => {
      const separator = entry.indexOf(':');
      const id = separator > 0 ? entry.slice(0, separator) : '';
      const key = Buffer.from(entry.slice(separator + 1), 'base64');
      if (!KEY_ID_PATTERN.test(id) || key.length !== 32) {
        throw new Error(
          `STORELOOM_ENCRYPTION_KEYS entry ${index + 1} must be "<keyId>:<base64 of 32 bytes>"`,
        );
      }
      return { id, key };
    });
  const [current] = keys;
  if (!current) throw new Error('STORELOOM_ENCRYPTION_KEYS lists no key');
  return { current, byId: new Map(keys.map((key) => [key.id, key])) };
}

interface KeyRingSource {
  STORELOOM_ENCRYPTION_KEYS?: string | undefined;
  NODE_ENV?: string | undefined;
}

export function readEncryptionKeyRing(source: KeyRingSource = env): EncryptionKeyRing {
  const configured = source.STORELOOM_ENCRYPTION_KEYS?.trim();
  if (configured) return parseEncryptionKeys(configured);
  if (source.NODE_ENV === 'production') {
    throw new DomainError(
      'UNAVAILABLE',
      'Stored credentials are unavailable: STORELOOM_ENCRYPTION_KEYS is not configured.',
    );
  }
  return { current: DEV_KEY, byId: new Map([[DEV_KEY.id, DEV_KEY]]) };
}
