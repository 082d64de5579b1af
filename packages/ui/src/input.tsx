import type { ComponentProps } from 'react';

import { cn } from './cn';

/**
 * Shared look of text-like controls. Focus is drawn as a soft accent ring (replacing the
 * global outline), and `aria-invalid` switches to the danger colour so Field's error state
 * needs no extra prop.
 */
export const controlClassName =
  'w-full rounded-md border border-border-strong bg-surface text-sm text-foreground shadow-xs transition-[color,box-shadow,border-color] ' +
  'placeholder:text-subtle-foreground ' +
  'focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-hidden ' +
  'aria-[invalid=true]:border-danger aria-[invalid=true]:focus-visible:border-danger aria-[invalid=true]:focus-visible:ring-danger/20 ' +
  'disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-muted-foreground';

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return <input type={type} className={cn(controlClassName, 'h-8 px-3', className)} {...props} />;
}
