import type { TenantClient } from '@storeloom/db';
import { DOCUMENT_SETTINGS_KEY, type DocumentSettings } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { parseDocumentSettings } from './document-settings.ts';

/** Replaces what the store's invoices, packing slips and estimates print; audited. */
export async function updateDocumentSettings({
  db,
  tenantId,
  actor,
  settings,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  settings: DocumentSettings;
}): Promise<DocumentSettings> {
  return db.$transaction(async (tx) => {
    const stored = await tx.tenantSetting.findFirst({
      where: { key: DOCUMENT_SETTINGS_KEY },
      select: { value: true },
    });
    const before = parseDocumentSettings(stored?.value);
    await tx.tenantSetting.upsert({
      where: { tenantId_key: { tenantId, key: DOCUMENT_SETTINGS_KEY } },
      create: { tenantId, key: DOCUMENT_SETTINGS_KEY, value: settings },
      update: { value: settings },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'documents.settings.updated',
      targetType: 'tenant_setting',
      targetId: DOCUMENT_SETTINGS_KEY,
      before,
      after: settings,
    });
    return settings;
  });
}
