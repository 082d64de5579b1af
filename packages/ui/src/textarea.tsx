import type { ComponentProps } from 'react';

import { cn } from './cn';
import { controlClassName } from './input';

export function Textarea({ className, rows = 4, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      className={cn(controlClassName, 'min-h-16 px-3 py-2 leading-5', className)}
      {...props}
    />
  );
}
