import type { TenantClient } from '@storeloom/db';

export interface CategoryTreeNode {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  parentId: string | null;
  depth: number;
  position: number;
  /** Distinct products in this category or any of its subcategories. */
  productCount: number;
  children: CategoryTreeNode[];
}

interface CategoryRow {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  parentId: string | null;
  depth: number;
  position: number;
  productCount: number;
}

/**
 * The merchant's category tree with product counts that include subcategories: one query joins
 * each category to its subtree by path prefix and counts distinct products, so a product in both
 * a parent and a child counts once.
 */
export async function listCategories({
  db,
  tenantId,
}: {
  db: TenantClient;
  tenantId: string;
}): Promise<CategoryTreeNode[]> {
  const rows = await db.$queryRaw<CategoryRow[]>`
    SELECT c."id", c."name", c."slug", c."description", c."parentId", c."depth", c."position",
           count(DISTINCT pc."productId")::int AS "productCount"
      FROM "Category" c
      LEFT JOIN "Category" d
        ON d."tenantId" = c."tenantId" AND left(d."path", length(c."path")) = c."path"
      LEFT JOIN "ProductCategory" pc
        ON pc."tenantId" = d."tenantId" AND pc."categoryId" = d."id"
     WHERE c."tenantId" = ${tenantId}
     GROUP BY c."id"
     ORDER BY c."depth", c."position", c."name"`;
  const nodes = new Map<string, CategoryTreeNode>();
  const roots: CategoryTreeNode[] = [];
  for (const row of rows) {
    const node: CategoryTreeNode = { ...row, children: [] };
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
