import { cn } from '@storeloom/ui';
import type { ReactNode } from 'react';

import type { BlockPlacement } from '../registry/render-context';

export interface BlockHeadingProps {
  id: string;
  placement: BlockPlacement;
  children: ReactNode;
  className?: string;
}

/** A block's title: an h2 under the page's h1, smaller inside a column. */
export function BlockHeading({ id, placement, children, className }: BlockHeadingProps) {
  return (
    <h2
      id={id}
      className={cn(
        'font-semibold tracking-tight text-balance',
        placement.nested ? 'text-xl' : 'text-2xl sm:text-3xl',
        className,
      )}
    >
      {children}
    </h2>
  );
}

/** A short line under a heading. */
export function BlockLead({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p className={cn('mt-2 max-w-2xl text-base text-pretty text-muted-foreground', className)}>
      {children}
    </p>
  );
}
