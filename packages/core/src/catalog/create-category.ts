import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireCategory } from './catalog-lookups.ts';
import { lockCategoryTree, renumberCategories, siblingIds } from './category-tree-writes.ts';
import { pickHandle } from './pick-handle.ts';

/** Creates a category at the end of its parent's children (or of the top level). */
export async function createCategory({
  db,
  tenantId,
  actor,
  name,
  slug,
  parentId,
  description,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  name: string;
  slug?: string | undefined;
  parentId?: string | null | undefined;
  description?: string | undefined;
}) {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx, tenantId);
    const parent = parentId ? await requireCategory(tx, parentId) : null;
    const handle = await pickHandle({
      explicit: slug,
      text: name,
      fallback: 'category',
      isTaken: async (candidate) => (await tx.category.count({ where: { slug: candidate } })) > 0,
    });
    const siblings = await siblingIds(tx, parent?.id ?? null);
    const created = await tx.category.create({
      data: {
        tenantId,
        parentId: parent?.id ?? null,
        name,
        slug: handle,
        description: description || null,
        depth: parent ? parent.depth + 1 : 0,
        position: siblings.length,
        // The path ends with the row's own id, which exists only once the row does.
        path: '',
      },
      select: { id: true },
    });
    const category = await tx.category.update({
      where: { id: created.id },
      data: { path: `${parent?.path ?? '/'}${created.id}/` },
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
    await renumberCategories(tx, tenantId, [...siblings, category.id]);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'category.create',
      targetType: 'Category',
      targetId: category.id,
      after: { name, slug: handle, parentId: category.parentId, position: category.position },
    });
    return category;
  });
}
