import { robotsTxt } from '~/lib/seo/robots-txt';
import { storeRouteError } from '~/lib/seo/store-route-error';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

/**
 * robots.txt of the store this host serves, pointing at its sitemap on this host. Resolved
 * here, as the proxy skips paths with an extension: unknown host 404, suspended store 503.
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
  return new Response(robotsTxt(origin), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
