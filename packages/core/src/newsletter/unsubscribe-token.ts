import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

import { type EncryptionKeyRing, readEncryptionKeyRing } from '../credentials/encryption-keys.ts';

/** Keeps these signatures apart from anything else derived from the same platform keys. */
const PURPOSE = 'storeloom:newsletter-unsubscribe:v1';

function signature(key: Buffer, tenantId: string, subscriberId: string): string {
  const signingKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), PURPOSE, 32));
  return createHmac('sha256', signingKey).update(`${tenantId}:${subscriberId}`).digest('base64url');
}

/**
 * The token of a subscriber's unsubscribe link: `<subscriber id>.<key id>.<HMAC>`. It is signed
 * rather than stored, so a campaign can put one in every email without writing a row per
 * recipient, and it never expires (an old email must still let its reader out). The signature
 * covers the store, so a token only works on the store that issued it. Keys come from the
 * platform key ring (`STORELOOM_ENCRYPTION_KEYS`); a rotated-out key id stays verifiable while
 * it is still listed.
 */
export function signUnsubscribeToken({
  tenantId,
  subscriberId,
  keyRing = readEncryptionKeyRing(),
}: {
  tenantId: string;
  subscriberId: string;
  keyRing?: EncryptionKeyRing;
}): string {
  const { current } = keyRing;
  return `${subscriberId}.${current.id}.${signature(current.key, tenantId, subscriberId)}`;
}

/** The subscriber id the token was signed for in this store, or null for any other token. */
export function verifyUnsubscribeToken({
  tenantId,
  token,
  keyRing = readEncryptionKeyRing(),
}: {
  tenantId: string;
  token: string;
  keyRing?: EncryptionKeyRing;
}): string | null {
  const [subscriberId, keyId, given, ...rest] = token.split('.');
  if (!subscriberId || !keyId || !given || rest.length > 0) return null;
  const key = keyRing.byId.get(keyId);
  if (!key) return null;
  const expected = Buffer.from(signature(key.key, tenantId, subscriberId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? subscriberId
    : null;
}
