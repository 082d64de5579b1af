import { buttonClassName, ChevronLeftIcon, ChevronRightIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

export interface CatalogPaginationProps {
  page: number;
  pageCount: number;
  previousHref: string | null;
  nextHref: string | null;
}

/**
 * Previous and next pages as plain links: the page's cursor (and the trail back) is in the URL,
 * so every page can be shared and reloaded, with or without JavaScript.
 */
export function CatalogPagination({
  page,
  pageCount,
  previousHref,
  nextHref,
}: CatalogPaginationProps) {
  if (previousHref === null && nextHref === null) return null;
  // A link that goes nowhere is left out rather than greyed out; the empty cell keeps the layout.
  return (
    <nav aria-label="Pagination" className="mt-12 flex items-center justify-between gap-4">
      {previousHref === null ? (
        <span className="min-w-36" />
      ) : (
        <Link href={previousHref} rel="prev" className={buttonClassName('secondary', 'lg')}>
          <ChevronLeftIcon className="size-4" />
          Previous page
        </Link>
      )}
      <p className="text-sm text-muted-foreground tabular-nums">
        Page {page} of {Math.max(page, pageCount)}
      </p>
      {nextHref === null ? (
        <span className="min-w-36" />
      ) : (
        <Link href={nextHref} rel="next" className={buttonClassName('secondary', 'lg')}>
          Next page
          <ChevronRightIcon className="size-4" />
        </Link>
      )}
    </nav>
  );
}
