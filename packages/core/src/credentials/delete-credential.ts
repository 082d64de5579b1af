import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Removes one stored secret; returns whether there was one. */
export async function deleteCredential({
  db,
  tenantId,
  actor,
  provider,
  name,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  provider: string;
  name: string;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const existing = await tx.credential.findUnique({
      where: { tenantId_provider_name: { tenantId, provider, name } },
      select: { id: true, hint: true },
    });
    if (!existing) return false;
    await tx.credential.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'credential.deleted',
      targetType: 'credential',
      targetId: existing.id,
      before: { provider, name, hint: existing.hint },
    });
    return true;
  });
}
