import { cn } from '@storeloom/ui';
import { Link } from '~/components/link';

import { FacetCount } from './facet-count';

export interface CategoryFacetEntry {
  slug: string;
  name: string;
  depth: number;
  count: number;
  href: string;
}

export interface CategoryFacetProps {
  entries: CategoryFacetEntry[];
  /** The category the results are narrowed to, if any. */
  selected: string | null;
  /** The same results without the category. */
  allHref: string;
}

/**
 * Categories with matching products, as links (one category at a time), indented as a tree.
 * Each count covers the category and everything below it.
 */
export function CategoryFacet({ entries, selected, allHref }: CategoryFacetProps) {
  if (entries.length === 0) return null;
  const linkClass = (current: boolean) =>
    cn(
      'flex items-baseline gap-2 rounded-md px-2 py-1 text-sm',
      current
        ? 'bg-accent-soft font-medium text-foreground'
        : 'text-muted-foreground hover:bg-surface-muted hover:text-foreground',
    );
  return (
    <nav aria-labelledby="category-facet-heading">
      <h3 id="category-facet-heading" className="mb-2 text-sm font-semibold text-foreground">
        Category
      </h3>
      <ul className="-mx-2 space-y-0.5">
        <li>
          <Link
            href={allHref}
            aria-current={selected === null ? 'true' : undefined}
            className={linkClass(selected === null)}
          >
            All categories
          </Link>
        </li>
        {entries.map((entry) => (
          <li key={entry.slug} style={{ paddingLeft: `${entry.depth * 0.75}rem` }}>
            <Link
              href={entry.href}
              aria-current={entry.slug === selected ? 'true' : undefined}
              className={linkClass(entry.slug === selected)}
            >
              <span className="truncate">{entry.name}</span>
              <FacetCount count={entry.count} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
