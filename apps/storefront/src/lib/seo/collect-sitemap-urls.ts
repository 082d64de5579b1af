import 'server-only';

import type { SitemapSection } from '@storeloom/validators';

import { api } from '~/trpc/server';

import { SITEMAP_MAX_URLS, type SitemapUrl } from './sitemap-xml';

const SECTIONS: SitemapSection[] = ['pages', 'categories', 'products'];
const PAGE_SIZE = 1000;

/**
 * Every URL of the store's sitemap on `origin`: home and published pages, categories, then
 * active products, read in keyset pages. Stops at the protocol's 50,000 URLs per file.
 */
export async function collectSitemapUrls(origin: string): Promise<SitemapUrl[]> {
  const caller = await api();
  const urls: SitemapUrl[] = [];
  for (const section of SECTIONS) {
    let cursor: string | undefined;
    do {
      const limit = Math.min(PAGE_SIZE, SITEMAP_MAX_URLS - urls.length);
      if (limit <= 0) return urls;
      const page = await caller.storefront.seo.sitemapEntries({ section, cursor, limit });
      for (const entry of page.entries) {
        urls.push({
          loc: new URL(entry.path, origin).toString(),
          lastModified: entry.lastModified,
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  return urls;
}
