import type { TenantTransaction } from '@storeloom/db';
import {
  DOCUMENT_SETTINGS_KEY,
  documentSettingsSchema,
  type DocumentSettings,
} from '@storeloom/validators';

/**
 * The store's document details (address, website, tax id, invoice notes) from its `documents`
 * setting. None saved, or one saved in an older shape, reads as the defaults, so documents always
 * render.
 */
export async function readDocumentSettings(
  db: Pick<TenantTransaction, 'tenantSetting'>,
): Promise<DocumentSettings> {
  const setting = await db.tenantSetting.findFirst({
    where: { key: DOCUMENT_SETTINGS_KEY },
    select: { value: true },
  });
  const parsed = documentSettingsSchema.safeParse(setting?.value ?? {});
  return parsed.success ? parsed.data : documentSettingsSchema.parse({});
}
