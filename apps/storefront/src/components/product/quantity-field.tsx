'use client';

import { cn, MinusIcon, PlusIcon } from '@storeloom/ui';

export interface QuantityFieldProps {
  id: string;
  value: string;
  /** The most "+" goes to: the units left, or the per-add limit. */
  max: number;
  error: string | null;
  disabled: boolean;
  onChange: (value: string) => void;
}

const stepButton =
  'inline-flex w-10 items-center justify-center text-foreground hover:bg-surface-muted disabled:cursor-not-allowed disabled:text-subtle-foreground disabled:hover:bg-transparent';

/** A labelled number box between "−" and "+", with its message tied to it. */
export function QuantityField({ id, value, max, error, disabled, onChange }: QuantityFieldProps) {
  const current = Number.parseInt(value, 10);
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        Quantity
      </label>
      <div
        className={cn(
          'inline-flex h-11 w-fit items-stretch overflow-hidden rounded-md border bg-surface',
          error === null ? 'border-border-strong' : 'border-danger',
        )}
      >
        <button
          type="button"
          aria-label="Decrease quantity"
          aria-controls={id}
          disabled={disabled || !(current > 1)}
          onClick={() => onChange(String(Math.min(current - 1, Math.max(max, 1))))}
          className={stepButton}
        >
          <MinusIcon />
        </button>
        <input
          id={id}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(max, 1)}
          step={1}
          value={value}
          disabled={disabled}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={error === null ? undefined : errorId}
          onChange={(event) => onChange(event.target.value)}
          className="w-14 [appearance:textfield] border-x border-border bg-transparent text-center text-sm text-foreground tabular-nums focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent disabled:text-muted-foreground [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        <button
          type="button"
          aria-label="Increase quantity"
          aria-controls={id}
          disabled={disabled || (!Number.isNaN(current) && current >= max)}
          onClick={() => onChange(String(Number.isNaN(current) || current < 1 ? 1 : current + 1))}
          className={stepButton}
        >
          <PlusIcon />
        </button>
      </div>
      {error !== null && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
