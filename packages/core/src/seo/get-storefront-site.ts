import type { TenantClient } from '@storeloom/db';

export interface StorefrontSite {
  /**
   * The verified domain the merchant marked primary (a custom domain, or `{slug}.<root domain>`);
   * canonical URLs point there. Null when none is verified.
   */
  primaryHost: string | null;
  /** The published home page's description, for link previews. */
  tagline: string | null;
}

/** What search engines and link previews need to know about the store as a whole. */
export async function getStorefrontSite({ db }: { db: TenantClient }): Promise<StorefrontSite> {
  // One after the other: each read holds a pooled connection, and every page's metadata asks.
  const primary = await db.domain.findFirst({
    where: { isPrimary: true, verified: true },
    select: { hostname: true },
  });
  const home = await db.page.findFirst({
    where: { kind: 'home', status: 'published' },
    orderBy: { publishedAt: 'desc' },
    select: { seoDescription: true },
  });
  const tagline = home?.seoDescription?.trim();
  return { primaryHost: primary?.hostname ?? null, tagline: tagline ? tagline : null };
}
