import type { ComponentProps, ReactNode } from 'react';

import { cn } from './cn';

/**
 * Surface container. Padding lives on the parts so a table can run edge to edge.
 * `min-w-0` lets a card shrink inside grid and flex layouts; otherwise a wide table inside
 * it widens the whole column instead of scrolling.
 */
export function Card({ className, ...props }: ComponentProps<'section'>) {
  return (
    <section
      className={cn('min-w-0 rounded-lg border border-border bg-surface shadow-xs', className)}
      {...props}
    />
  );
}

export interface CardHeaderProps extends ComponentProps<'div'> {
  /** Right-aligned controls, e.g. an "Edit" button. */
  actions?: ReactNode;
}

export function CardHeader({ className, actions, children, ...props }: CardHeaderProps) {
  return (
    <div
      className={cn('flex items-start justify-between gap-4 px-4 pt-4 pb-2', className)}
      {...props}
    >
      <div className="min-w-0 space-y-1">{children}</div>
      {actions !== undefined && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}

/** An h2: cards sit under the page's h1. */
export function CardTitle({ className, ...props }: ComponentProps<'h2'>) {
  return <h2 className={cn('text-sm font-semibold text-foreground', className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('text-sm text-muted-foreground', className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('px-4 py-4 text-sm', className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn(
        'flex items-center justify-end gap-2 border-t border-border px-4 py-3',
        className,
      )}
      {...props}
    />
  );
}
