import type { TenantTransaction } from '@storeloom/db';

/**
 * An absolute link into the store's storefront, for emails sent outside any request: on its
 * primary domain (a custom domain or `{slug}.<root domain>`), else its oldest one. Local hosts
 * (`localhost`, `*.localhost`) are linked over http, every other host over https. Null when the
 * store has no domain at all.
 */
export async function storefrontLink(tx: TenantTransaction, path: string): Promise<string | null> {
  const domain =
    (await tx.domain.findFirst({ where: { isPrimary: true }, select: { hostname: true } })) ??
    (await tx.domain.findFirst({ orderBy: { createdAt: 'asc' }, select: { hostname: true } }));
  if (!domain) return null;
  const { hostname } = domain;
  const local = hostname === 'localhost' || hostname.endsWith('.localhost');
  return `${local ? 'http' : 'https'}://${hostname}${path.startsWith('/') ? path : `/${path}`}`;
}
