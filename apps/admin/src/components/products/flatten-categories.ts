import type { CategoryOption } from './product-filter-form';

interface CategoryNode extends CategoryOption {
  children: CategoryNode[];
}

/** The category tree in display order (each parent before its children), for a flat select. */
export function flattenCategories(nodes: readonly CategoryNode[]): CategoryOption[] {
  return nodes.flatMap(({ id, name, depth, children }) => [
    { id, name, depth },
    ...flattenCategories(children),
  ]);
}
