import type { TenantClient } from '@storeloom/db';
import {
  DOCUMENT_SETTINGS_KEY,
  documentSettingsSchema,
  type DocumentSettings,
} from '@storeloom/validators';

/** None saved, or one saved in an older shape, reads as the defaults, so documents always render. */
export function parseDocumentSettings(value: unknown): DocumentSettings {
  const parsed = documentSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : documentSettingsSchema.parse({});
}

/** The store's document details (address, website, tax number, invoice notes). */
export async function readDocumentSettings(db: TenantClient): Promise<DocumentSettings> {
  const setting = await db.tenantSetting.findFirst({
    where: { key: DOCUMENT_SETTINGS_KEY },
    select: { value: true },
  });
  return parseDocumentSettings(setting?.value);
}
