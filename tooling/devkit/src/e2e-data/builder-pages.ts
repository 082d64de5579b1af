import type { Prisma } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';

import { storeIdOf } from './e2e-database';

export interface TestPage {
  storeSlug: string;
  slug: string;
}

/**
 * Publishes a page of a seeded store at `/pages/<slug>` with `content` as its published version
 * (stored as given, unvalidated: specs use it to prove the storefront copes with what a
 * validated save would refuse). Use a unique slug and remove it with `removeTestPage`.
 */
export async function publishTestPage(
  db: UnscopedClient,
  options: { storeSlug: string; slug: string; title: string; content: Prisma.InputJsonValue },
): Promise<TestPage> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const { content } = options;
  const page = await db.page.create({
    data: {
      tenantId,
      slug: options.slug,
      kind: 'content',
      title: options.title,
      draftContent: content,
    },
    select: { id: true },
  });
  const version = await db.pageVersion.create({
    data: { tenantId, pageId: page.id, version: 1, content, note: 'End-to-end test' },
    select: { id: true },
  });
  await db.page.update({
    where: { id: page.id },
    data: { status: 'published', publishedVersionId: version.id, publishedAt: new Date() },
  });
  return { storeSlug: options.storeSlug, slug: options.slug };
}

export async function removeTestPage(db: UnscopedClient, page: TestPage): Promise<void> {
  const tenantId = await storeIdOf(db, page.storeSlug);
  await db.page.deleteMany({ where: { tenantId, slug: page.slug } });
}
