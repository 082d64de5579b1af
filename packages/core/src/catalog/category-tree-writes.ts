import type { TenantTransaction } from '@storeloom/db';

/**
 * Serialises changes to one store's category tree. Two concurrent moves could otherwise each
 * pass the "not under its own subcategory" check and together make a cycle, and a category
 * created under a parent that is moving at the same time would get a stale path.
 */
export async function lockCategoryTree(tx: TenantTransaction, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`category-tree:${tenantId}`}, 0))`;
}

/** The ids of a parent's children (or of the roots) in their current order. */
export async function siblingIds(
  tx: TenantTransaction,
  parentId: string | null,
): Promise<string[]> {
  const rows = await tx.category.findMany({
    where: { parentId },
    orderBy: [{ position: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Positions 0..n-1 in the given order, in one statement. */
export async function renumberCategories(
  tx: TenantTransaction,
  tenantId: string,
  orderedIds: readonly string[],
): Promise<void> {
  if (orderedIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Category" AS c SET "position" = v.ord - 1
      FROM unnest(${orderedIds}::text[]) WITH ORDINALITY AS v(id, ord)
     WHERE c."id" = v.id AND c."tenantId" = ${tenantId} AND c."position" <> v.ord - 1`;
}

/** Inserts `id` into an ordered list at `position` (clamped; the end when undefined). */
export function insertAt(
  ids: readonly string[],
  id: string,
  position: number | undefined,
): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.min(position ?? rest.length, rest.length);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
