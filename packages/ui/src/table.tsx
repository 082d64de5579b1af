import type { ComponentProps } from 'react';

import { cn } from './cn';

export interface TableProps extends ComponentProps<'table'> {
  /**
   * Classes for the scroll container. The header sticks to the top of this container,
   * so give it a max height (e.g. `max-h-[60vh]`) for long lists.
   */
  containerClassName?: string;
}

export function Table({ className, containerClassName, ...props }: TableProps) {
  return (
    <div className={cn('relative w-full overflow-auto', containerClassName)}>
      <table
        className={cn('w-full border-separate border-spacing-0 text-left text-sm', className)}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('sticky top-0 z-10 bg-surface-muted', className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('[&>tr:last-child>td]:border-b-0', className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('transition-colors hover:bg-surface-muted/60', className)} {...props} />;
}

interface CellAlignment {
  /** Right-aligns with tabular figures so amounts and counts line up. */
  numeric?: boolean;
}

// Borders sit on cells (separate borders): with collapsed borders the sticky header's rule scrolls away.
export function TH({
  className,
  numeric = false,
  scope = 'col',
  ...props
}: ComponentProps<'th'> & CellAlignment) {
  return (
    <th
      scope={scope}
      className={cn(
        'h-9 border-b border-border px-3 align-middle text-xs font-medium whitespace-nowrap text-muted-foreground',
        numeric && 'text-right',
        className,
      )}
      {...props}
    />
  );
}

export function TD({ className, numeric = false, ...props }: ComponentProps<'td'> & CellAlignment) {
  return (
    <td
      className={cn(
        'h-10 border-b border-border px-3 py-2 align-middle',
        numeric && 'text-right tabular-nums',
        className,
      )}
      {...props}
    />
  );
}
