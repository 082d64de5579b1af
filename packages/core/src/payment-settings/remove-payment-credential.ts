import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { deleteCredential } from '../credentials/delete-credential.ts';
import { type CredentialProvider, secretFieldOf } from './save-payment-credential.ts';

/** Removes one stored secret; the provider then shows as not configured and leaves checkout. */
export async function removePaymentCredential({
  db,
  tenantId,
  actor,
  provider,
  name,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  provider: CredentialProvider;
  name: string;
}): Promise<{ removed: boolean }> {
  secretFieldOf(provider, name);
  return { removed: await deleteCredential({ db, tenantId, actor, provider, name }) };
}
