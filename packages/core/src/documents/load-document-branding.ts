import type { TenantClient } from '@storeloom/db';
import { documentLogoSchema, themeSchema, type DocumentBranding } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { getLocalMediaStore, type LocalMediaStore } from '../media/local-media-store.ts';
import { readDocumentSettings } from './document-settings.ts';

const PRINTABLE_LOGO_TYPES = new Set(['image/png', 'image/jpeg']);

/**
 * The theme's logo as something the renderer can draw offline: a PNG or JPEG data URI as it is,
 * or the store's own media file (read from local storage and inlined). Remote URLs are skipped:
 * documents never fetch from the network.
 */
async function printableLogo(
  db: TenantClient,
  logoUrl: string | null,
  mediaStore: LocalMediaStore,
): Promise<string | null> {
  if (!logoUrl) return null;
  if (logoUrl.startsWith('data:')) {
    return documentLogoSchema.safeParse(logoUrl).success ? logoUrl : null;
  }
  let pathname: string;
  try {
    pathname = new URL(logoUrl).pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith('/media/')) return null;
  const asset = await db.mediaAsset.findFirst({
    where: { url: pathname },
    select: { storageKey: true, mimeType: true },
  });
  if (!asset || !PRINTABLE_LOGO_TYPES.has(asset.mimeType)) return null;
  const file = await mediaStore.read(asset.storageKey);
  if (!file) return null;
  return `data:${asset.mimeType};base64,${file.body.toString('base64')}`;
}

/**
 * How the store appears on its documents: name, logo and colour from the theme, contact email,
 * and the address, website and tax id of its `documents` setting (the primary domain stands in
 * for a website not given). Money and dates follow the store's locale and time zone.
 */
export async function loadDocumentBranding({
  db,
  tenantId,
  mediaStore = getLocalMediaStore(),
}: {
  db: TenantClient;
  tenantId: string;
  mediaStore?: LocalMediaStore;
}): Promise<DocumentBranding> {
  const [tenant, details, primaryDomain] = await Promise.all([
    db.tenant.findUnique({
      where: { id: tenantId },
      select: { name: true, contactEmail: true, theme: true, locale: true, timezone: true },
    }),
    readDocumentSettings(db),
    db.domain.findFirst({ where: { isPrimary: true }, select: { hostname: true } }),
  ]);
  if (!tenant) throw notFound('Store');
  // A theme saved in an older shape still prints, with the default colour and no logo.
  const theme = themeSchema.safeParse(tenant.theme);
  return {
    storeName: tenant.name,
    logo: await printableLogo(db, theme.success ? theme.data.logoUrl : null, mediaStore),
    primaryColor: theme.success ? theme.data.accentColor : themeSchema.parse({}).accentColor,
    addressLines: details.addressLines,
    email: tenant.contactEmail,
    website: details.website ?? primaryDomain?.hostname ?? null,
    taxNumber: details.taxNumber,
    locale: tenant.locale,
    timeZone: tenant.timezone,
  };
}
