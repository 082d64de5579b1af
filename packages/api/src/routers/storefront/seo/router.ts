import { createTRPCRouter } from '../../../trpc.ts';
import { site } from './site.ts';
import { sitemapEntries } from './sitemap-entries.ts';

export const storefrontSeoRouter = createTRPCRouter({ site, sitemapEntries });
