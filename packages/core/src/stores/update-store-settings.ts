import type { TenantClient } from '@storeloom/db';
import type { StoreSettingsInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { getStore } from './get-store.ts';

const auditedFields = [
  'name',
  'contactEmail',
  'currency',
  'locale',
  'timezone',
  'pricesIncludeTax',
  'theme',
] as const;

/** Updates the store's settings and records what changed. */
export async function updateStoreSettings({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: StoreSettingsInput;
}) {
  await db.$transaction(async (tx) => {
    const before = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!before) throw notFound('Store');
    const after = await tx.tenant.update({ where: { id: tenantId }, data: input });
    const pick = (row: typeof before) =>
      Object.fromEntries(auditedFields.map((field) => [field, row[field]]));
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'store.settings.update',
      targetType: 'Tenant',
      targetId: tenantId,
      before: pick(before),
      after: pick(after),
    });
  });
  return getStore({ db, tenantId });
}
