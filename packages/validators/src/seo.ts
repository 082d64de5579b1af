import { z } from 'zod';

/** A sitemap is read section by section, each in keyset pages. */
export const sitemapSectionSchema = z.enum(['pages', 'categories', 'products']);
export type SitemapSection = z.infer<typeof sitemapSectionSchema>;

export const sitemapEntriesInputSchema = z.object({
  section: sitemapSectionSchema,
  /** The last id of the previous page of this section. */
  cursor: z.string().trim().max(64, 'Malformed cursor').optional(),
  limit: z.number().int().min(1).max(1000).default(500),
});
export type SitemapEntriesInput = z.infer<typeof sitemapEntriesInputSchema>;
