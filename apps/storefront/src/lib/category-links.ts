import type { RouterOutputs } from '@storeloom/api';

import type { CategoryNavItem } from '~/components/category-nav';

type CategoryTree = RouterOutputs['storefront']['catalog']['categoryTree'];

export function categoryHref(slug: string): string {
  return `/categories/${encodeURIComponent(slug)}`;
}

/** Top-level categories with their direct subcategories; deeper levels live on category pages. */
export function toCategoryNav(tree: CategoryTree): CategoryNavItem[] {
  return tree.map((category) => ({
    href: categoryHref(category.slug),
    name: category.name,
    children: category.children.map((child) => ({
      href: categoryHref(child.slug),
      name: child.name,
    })),
  }));
}
