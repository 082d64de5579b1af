import type { ComponentProps } from 'react';

import { cn } from './cn';

export interface LabelProps extends ComponentProps<'label'> {
  /** Shows a visual marker; the control's own `required` attribute is what screen readers announce. */
  required?: boolean;
}

export function Label({ className, required = false, children, ...props }: LabelProps) {
  return (
    <label className={cn('text-sm font-medium text-foreground', className)} {...props}>
      {children}
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-danger">
          *
        </span>
      )}
    </label>
  );
}
