import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { type MaskedCredential, saveCredential } from '../credentials/save-credential.ts';
import type { EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { badRequest } from '../errors/domain-error.ts';
import {
  credentialFieldRule,
  credentialFieldsOf,
  providerDisplayName,
} from './provider-readiness.ts';

export type CredentialProvider = 'stripe' | 'paypal';

/** The provider's secret field by name; anything else (a public field, a typo) is refused. */
export function secretFieldOf(provider: CredentialProvider, name: string) {
  const field = credentialFieldsOf(provider).find((f) => f.secret && f.name === name);
  if (!field) throw badRequest(`${providerDisplayName(provider)} has no secret called "${name}"`);
  return field;
}

/**
 * Stores one secret of a payment provider (Stripe secret key, webhook signing secret, PayPal
 * client secret), encrypted. Only the masked form comes back, and only the mask is audited.
 */
export async function savePaymentCredential({
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
  provider: CredentialProvider;
  name: string;
  secret: string;
}): Promise<MaskedCredential> {
  const field = secretFieldOf(provider, name);
  const checked = credentialFieldRule(provider, name)?.safeParse(secret.trim());
  if (checked && !checked.success) {
    throw badRequest(checked.error.issues[0]?.message ?? `Check the ${field.label}`);
  }
  return saveCredential({ db, tenantId, actor, keys, provider, name, secret: secret.trim() });
}
