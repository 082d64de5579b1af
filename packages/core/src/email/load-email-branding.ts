import { defaultEmailFrom, senderFor } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import {
  EMAIL_SETTINGS_KEY,
  emailSettingsSchema,
  themeSchema,
  type EmailBranding,
  type EmailSettings,
} from '@storeloom/validators';

import { readDocumentSettings } from '../documents/document-settings.ts';
import { notFound } from '../errors/domain-error.ts';

export interface StoreEmailIdentity {
  branding: EmailBranding;
  /** `"<from name>" <platform address>`. */
  from: string;
  replyTo: string | undefined;
}

async function readEmailSettings(db: TenantClient): Promise<EmailSettings> {
  const setting = await db.tenantSetting.findFirst({
    where: { key: EMAIL_SETTINGS_KEY },
    select: { value: true },
  });
  // None saved, or an older shape: the defaults (store name, contact email).
  const parsed = emailSettingsSchema.safeParse(setting?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Mail clients fetch the logo themselves, so only a public http(s) URL is usable. */
const logoOf = (url: string | null) => (url && /^https?:\/\//.test(url) ? url : null);

/**
 * How the store's emails look and who they come from: name, logo and accent colour from the
 * theme, the address of its `documents` setting and its contact email in the footer, a link to
 * its primary domain, and the sender name and reply-to of its `email` setting.
 */
export async function loadEmailBranding({
  db,
  tenantId,
}: {
  db: TenantClient;
  tenantId: string;
}): Promise<StoreEmailIdentity> {
  const [tenant, settings, documents, primaryDomain] = await Promise.all([
    db.tenant.findUnique({
      where: { id: tenantId },
      select: { name: true, contactEmail: true, theme: true, locale: true },
    }),
    readEmailSettings(db),
    readDocumentSettings(db),
    db.domain.findFirst({ where: { isPrimary: true }, select: { hostname: true } }),
  ]);
  if (!tenant) throw notFound('Store');
  const theme = themeSchema.safeParse(tenant.theme);
  const hostname = primaryDomain?.hostname;
  const local = hostname === 'localhost' || hostname?.endsWith('.localhost');
  const branding: EmailBranding = {
    storeName: tenant.name,
    logoUrl: logoOf(theme.success ? theme.data.logoUrl : null),
    primaryColor: theme.success ? theme.data.accentColor : themeSchema.parse({}).accentColor,
    storeUrl: hostname ? `${local ? 'http' : 'https'}://${hostname}` : null,
    contactEmail: tenant.contactEmail,
    address: documents.addressLines.length > 0 ? documents.addressLines.join(', ') : null,
    locale: tenant.locale,
  };
  return {
    branding,
    from: senderFor(settings.fromName ?? tenant.name, defaultEmailFrom()),
    replyTo: settings.replyTo ?? tenant.contactEmail ?? undefined,
  };
}
