import { collectSitemapUrls } from '~/lib/seo/collect-sitemap-urls';
import { sitemapXml } from '~/lib/seo/sitemap-xml';
import { storeRouteError } from '~/lib/seo/store-route-error';
import { api } from '~/trpc/server';

// Per host and always current: never prerendered at build time.
export const dynamic = 'force-dynamic';

/**
 * The sitemap of the store this host serves, with its URLs on this host (a custom domain when
 * requested on one). The proxy skips paths with an extension, so the store is resolved here:
 * an unknown host is 404, a suspended store 503.
 */
export async function GET(): Promise<Response> {
  let origin: string;
  try {
    ({ origin } = await (await api()).storefront.seo.site());
  } catch (error) {
    const storeError = storeRouteError(error);
    if (storeError) return storeError;
    throw error;
  }
  const urls = await collectSitemapUrls(origin);
  return new Response(sitemapXml(urls), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=600',
    },
  });
}
