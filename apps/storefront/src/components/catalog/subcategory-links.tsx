import { Link } from '~/components/link';

import { FacetCount } from './facet-count';

export interface SubcategoryLink {
  name: string;
  href: string;
  /** Matching products in it and below; 0 hides nothing, an empty shelf is still a place. */
  count: number;
}

export interface SubcategoryLinksProps {
  parentName: string;
  items: SubcategoryLink[];
}

/** The category's direct subcategories, as a row of links under its title. */
export function SubcategoryLinks({ parentName, items }: SubcategoryLinksProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={`${parentName} subcategories`}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="inline-flex h-9 items-center gap-2 rounded-full border border-border bg-surface px-4 text-sm font-medium text-foreground hover:border-border-strong hover:bg-surface-muted"
            >
              {item.name}
              <FacetCount count={item.count} className="ml-0 font-normal" />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
