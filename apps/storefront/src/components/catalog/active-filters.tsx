import { CloseIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

export interface ActiveFilter {
  /** What the chip reads, e.g. "Colour: Black". */
  label: string;
  /** The same page without this filter. */
  removeHref: string;
}

export interface ActiveFiltersProps {
  filters: ActiveFilter[];
  clearHref: string;
}

/** The filters in force, each removable with one click, and a way to drop them all. */
export function ActiveFilters({ filters, clearHref }: ActiveFiltersProps) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.removeHref}>
            <Link
              href={filter.removeHref}
              scroll={false}
              className="inline-flex h-8 items-center gap-1.5 rounded-full border border-border bg-surface pr-2.5 pl-3 text-sm text-foreground hover:border-border-strong hover:bg-surface-muted"
            >
              <span className="sr-only">Remove filter </span>
              {filter.label}
              <CloseIcon className="size-3.5 text-subtle-foreground" />
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={clearHref}
        scroll={false}
        className="rounded-sm px-1 text-sm font-medium text-muted-foreground underline underline-offset-4 hover:text-foreground"
      >
        Clear all
      </Link>
    </div>
  );
}
