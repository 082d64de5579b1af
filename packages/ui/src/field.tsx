import type { ReactNode } from 'react';

import { cn } from './cn';
import { ErrorIcon } from './icons';
import { Label } from './label';

/** Attributes that wire a control to its label, hint and error. Spread them onto the control. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
}

export interface FieldProps {
  /** The control's id; also prefixes the hint and error ids. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  /**
   * The control. Pass a function to receive the aria wiring, e.g. `{(control) => <Input {...control} name="title" />}`.
   * A plain node must set `id`, `aria-describedby` and `aria-invalid` itself.
   */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
}

/** Label + control + hint + error, stacked on an 8px rhythm. */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  const hintId = hint != null ? `${id}-hint` : undefined;
  const errorId = error != null ? `${id}-error` : undefined;
  const describedBy =
    [errorId, hintId].filter((value) => value !== undefined).join(' ') || undefined;
  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': errorId !== undefined ? true : undefined,
    required,
  };

  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      {typeof children === 'function' ? children(control) : children}
      {hintId !== undefined && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {errorId !== undefined && (
        <p id={errorId} className="flex items-center gap-1 text-xs font-medium text-danger">
          <ErrorIcon className="size-3.5 shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}
