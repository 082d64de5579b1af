import type { PageKind, Prisma } from '@storeloom/db';

/** Kinds served at `/pages/<slug>`. Templates only dress product and category pages; the home page lives at `/`. */
export const STANDALONE_PAGE_KINDS: PageKind[] = ['content', 'landing'];

/** A page shoppers may see: published, with a published version (never just a draft). */
export const publishedPageWhere = {
  status: 'published',
  publishedVersionId: { not: null },
} as const satisfies Prisma.PageWhereInput;
