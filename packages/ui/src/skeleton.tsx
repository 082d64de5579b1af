import type { ComponentProps } from 'react';

import { cn } from './cn';

/** Placeholder block; size it with width/height utilities. Hidden from assistive tech: the loading region announces itself. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        // The border token is zinc 200 by default and follows a store's dark theme.
        'animate-pulse rounded-md bg-border/70 motion-reduce:animate-none',
        className,
      )}
      {...props}
    />
  );
}
