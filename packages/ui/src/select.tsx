import type { ComponentProps } from 'react';

import { cn } from './cn';
import { ChevronDownIcon } from './icons';
import { controlClassName } from './input';

/** Native select (best keyboard and mobile behaviour) with the platform arrow replaced for a consistent look. */
export function Select({ className, children, ...props }: ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select
        className={cn(controlClassName, 'h-8 appearance-none pr-8 pl-3', className)}
        {...props}
      >
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
    </div>
  );
}
