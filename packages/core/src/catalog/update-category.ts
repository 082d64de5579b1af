import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireCategory } from './catalog-lookups.ts';
import { pickHandle } from './pick-handle.ts';

/** Renames a category, or changes its handle or description. */
export async function updateCategory({
  db,
  tenantId,
  actor,
  categoryId,
  name,
  slug,
  description,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  categoryId: string;
  name?: string | undefined;
  slug?: string | undefined;
  description?: string | null | undefined;
}) {
  return db.$transaction(async (tx) => {
    const before = await requireCategory(tx, categoryId);
    if (slug !== undefined && slug !== before.slug) {
      await pickHandle({
        explicit: slug,
        text: slug,
        fallback: 'category',
        isTaken: async (candidate) => (await tx.category.count({ where: { slug: candidate } })) > 0,
      });
    }
    const data = {
      name: name ?? before.name,
      slug: slug ?? before.slug,
      description: description === undefined ? before.description : description || null,
    };
    const changed = (['name', 'slug', 'description'] as const).filter(
      (key) => data[key] !== before[key],
    );
    if (changed.length === 0) return before;
    const category = await tx.category.update({
      where: { id: categoryId },
      data,
      select: {
        id: true,
        name: true,
        slug: true,
        description: true,
        parentId: true,
        path: true,
        depth: true,
        position: true,
      },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'category.update',
      targetType: 'Category',
      targetId: categoryId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, data[key]])),
    });
    return category;
  });
}
