import { cn } from '@storeloom/ui';

export interface FacetCountProps {
  count: number;
  className?: string;
}

/**
 * The number of products behind a filter or link: a bare number to the eye, and "(4 products)"
 * to a screen reader (so a name reads "Black (4 products)", not "Black 4").
 */
export function FacetCount({ count, className }: FacetCountProps) {
  return (
    <>
      <span
        aria-hidden="true"
        className={cn('ml-auto text-xs text-subtle-foreground tabular-nums', className)}
      >
        {count}
      </span>
      <span className="sr-only">
        {' '}
        ({count} {count === 1 ? 'product' : 'products'})
      </span>
    </>
  );
}
