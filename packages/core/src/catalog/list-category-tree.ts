import type { TenantClient } from '@storeloom/db';

export interface CategoryNode {
  id: string;
  name: string;
  slug: string;
  depth: number;
  children: CategoryNode[];
}

/** The whole category tree, ordered by position; built from one query on the materialised path. */
export async function listCategoryTree({ db }: { db: TenantClient }): Promise<CategoryNode[]> {
  const rows = await db.category.findMany({
    orderBy: [{ depth: 'asc' }, { position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, depth: true, parentId: true },
  });
  const nodes = new Map<string, CategoryNode>();
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node: CategoryNode = {
      id: row.id,
      name: row.name,
      slug: row.slug,
      depth: row.depth,
      children: [],
    };
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
