interface FacetCategory {
  id: string;
  parentId: string | null;
}

/**
 * The API lists facet categories level by level; a sidebar wants each category followed by its
 * subcategories. A category whose parent has no matches is shown as a root.
 */
export function inTreeOrder<T extends FacetCategory>(categories: readonly T[]): T[] {
  const ids = new Set(categories.map((category) => category.id));
  const children = new Map<string | null, T[]>();
  for (const category of categories) {
    const parent =
      category.parentId !== null && ids.has(category.parentId) ? category.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), category]);
  }
  const ordered: T[] = [];
  const visit = (parent: string | null) => {
    for (const category of children.get(parent) ?? []) {
      ordered.push(category);
      visit(category.id);
    }
  };
  visit(null);
  return ordered;
}
