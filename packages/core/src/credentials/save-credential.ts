import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { credentialContext } from './credential-context.ts';
import { encryptSecret, maskSecret } from './encrypt-secret.ts';
import type { EncryptionKeyRing } from './encryption-keys.ts';

export interface MaskedCredential {
  provider: string;
  name: string;
  hint: string;
  keyId: string;
  updatedAt: Date;
}

/**
 * Stores (or replaces) one secret of a store, encrypted. The audit entry records only the mask:
 * the plaintext never leaves this function.
 */
export async function saveCredential({
  db,
  tenantId,
  actor,
  keys,
  provider,
  name,
  secret,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  keys: EncryptionKeyRing;
  provider: string;
  name: string;
  secret: string;
}): Promise<MaskedCredential> {
  const sealed = encryptSecret(keys, secret, credentialContext(tenantId, provider, name));
  const hint = maskSecret(secret);
  return db.$transaction(async (tx) => {
    const before = await tx.credential.findUnique({
      where: { tenantId_provider_name: { tenantId, provider, name } },
      select: { hint: true },
    });
    const saved = await tx.credential.upsert({
      where: { tenantId_provider_name: { tenantId, provider, name } },
      create: { tenantId, provider, name, hint, ...sealed },
      update: { hint, ...sealed, rotatedAt: new Date() },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: before ? 'credential.replaced' : 'credential.saved',
      targetType: 'credential',
      targetId: saved.id,
      before: before ? { provider, name, hint: before.hint } : undefined,
      after: { provider, name, hint },
    });
    return {
      provider,
      name,
      hint,
      keyId: saved.keyId,
      updatedAt: saved.rotatedAt ?? saved.createdAt,
    };
  });
}
