import type { TenantTransaction } from '@storeloom/db';

import { credentialContext } from './credential-context.ts';
import { decryptSecret } from './encrypt-secret.ts';
import type { EncryptionKeyRing } from './encryption-keys.ts';

/**
 * The plaintext of one stored secret, or null when the store has none. Takes a transaction, so
 * it runs inside `db.$transaction`. Server-side only: callers hand it to a provider SDK and never
 * return it.
 */
export async function readCredential({
  db,
  tenantId,
  keys,
  provider,
  name,
}: {
  db: TenantTransaction;
  tenantId: string;
  keys: EncryptionKeyRing;
  provider: string;
  name: string;
}): Promise<string | null> {
  const row = await db.credential.findUnique({
    where: { tenantId_provider_name: { tenantId, provider, name } },
    select: { keyId: true, iv: true, authTag: true, ciphertext: true },
  });
  return row ? decryptSecret(keys, row, credentialContext(tenantId, provider, name)) : null;
}
