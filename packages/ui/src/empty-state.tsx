import type { ReactNode } from 'react';

import { cn } from './cn';

export interface EmptyStateProps {
  /** Any 16-24px icon; it is shown in a soft circle and hidden from assistive tech. */
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Usually the primary action that fills the empty list, e.g. "Add product". */
  action?: ReactNode;
  /** h1 when the empty state is the whole page (404, error), h2 inside a page or card. */
  titleAs?: 'h1' | 'h2' | 'h3';
  className?: string;
}

export function EmptyState({
  icon,
  title,
  description,
  action,
  titleAs: Heading = 'h2',
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cn('flex flex-col items-center justify-center px-6 py-12 text-center', className)}
    >
      {icon != null && (
        <div
          aria-hidden="true"
          className="mb-4 flex size-12 items-center justify-center rounded-full bg-surface-muted text-muted-foreground [&_svg]:size-5"
        >
          {icon}
        </div>
      )}
      <Heading className="text-base font-semibold text-foreground">{title}</Heading>
      {description != null && (
        <p className="mt-1 max-w-sm text-sm text-muted-foreground">{description}</p>
      )}
      {action != null && <div className="mt-6 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
