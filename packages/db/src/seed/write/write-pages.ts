import type { PageKind } from '../../generated/prisma/enums';
import type { PageContent } from '../generate/pages';
import type { Tx } from './tx';

export interface PagePlan {
  slug: string;
  kind: PageKind;
  title: string;
  /** Null: the storefront titles the page itself (the home page uses the store's name). */
  seoTitle: string | null;
  seoDescription: string;
  content: PageContent;
}

/** A published page: the draft, version 1 with the same content, and the pointer to it. */
export async function writePublishedPage(
  tx: Tx,
  { tenantId, now }: { tenantId: string; now: Date },
  plan: PagePlan,
): Promise<void> {
  const page = await tx.page.upsert({
    where: { tenantId_slug: { tenantId, slug: plan.slug } },
    create: {
      tenantId,
      slug: plan.slug,
      kind: plan.kind,
      title: plan.title,
      status: 'published',
      draftContent: plan.content,
      seoTitle: plan.seoTitle,
      seoDescription: plan.seoDescription,
      publishedAt: now,
    },
    // A home page made by create-tenant (default blocks, draft) is replaced by the demo's; once
    // published, the merchant's edits are left alone.
    update: {},
    select: { id: true, publishedVersionId: true, status: true },
  });
  if (page.publishedVersionId) return;
  const version = await tx.pageVersion.upsert({
    where: { tenantId_pageId_version: { tenantId, pageId: page.id, version: 1 } },
    create: { tenantId, pageId: page.id, version: 1, content: plan.content, note: 'Demo content' },
    update: {},
    select: { id: true },
  });
  await tx.page.update({
    where: { id: page.id },
    data: {
      publishedVersionId: version.id,
      status: 'published',
      publishedAt: now,
      draftContent: plan.content,
      title: plan.title,
    },
  });
}
