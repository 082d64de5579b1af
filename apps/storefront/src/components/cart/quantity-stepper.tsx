'use client';

import { cn, MinusIcon, PlusIcon, useHydrated } from '@storeloom/ui';
import { cartQuantityTextSchema } from '@storeloom/validators';
import { useState } from 'react';

export interface QuantityStepperProps {
  /** The input's id. */
  id: string;
  /** What the quantity is of, e.g. "Aurora Earbuds (Black)"; it names the controls. */
  itemLabel: string;
  quantity: number;
  /** The most "+" offers: the stock left or the per-line limit. Typing more asks the server. */
  max: number;
  /** Id of the message under the line, when there is one. */
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (quantity: number) => void;
  /** A typed value that is not a quantity; null clears the message. */
  onInvalid: (message: string | null) => void;
}

// aria-disabled rather than disabled: a button that disables itself under the pointer or the
// keyboard would drop focus to the page (outside the drawer).
const stepButton =
  'inline-flex size-9 items-center justify-center text-foreground hover:bg-surface-muted aria-disabled:cursor-not-allowed aria-disabled:text-subtle-foreground aria-disabled:hover:bg-transparent disabled:text-subtle-foreground';

/**
 * "−", a box to type in and "+". Typed values are checked with the same schema as the API
 * (0, negatives and non-numbers get a message and are never sent) and sent on Enter or blur.
 */
export function QuantityStepper({
  id,
  itemLabel,
  quantity,
  max,
  describedBy,
  invalid,
  onChange,
  onInvalid,
}: QuantityStepperProps) {
  // What the shopper is typing; null shows the cart's quantity.
  const [draft, setDraft] = useState<string | null>(null);
  const hydrated = useHydrated();

  function commit() {
    if (draft === null) return;
    const parsed = cartQuantityTextSchema.safeParse(draft);
    if (!parsed.success) {
      onInvalid(parsed.error.issues[0]?.message ?? 'Enter a quantity');
      return;
    }
    setDraft(null);
    onInvalid(null);
    if (parsed.data !== quantity) onChange(parsed.data);
  }

  function step(to: number) {
    setDraft(null);
    onInvalid(null);
    onChange(to);
  }

  return (
    <div
      role="group"
      aria-label={`Quantity of ${itemLabel}`}
      className={cn(
        'inline-flex h-9 items-stretch overflow-hidden rounded-md border bg-surface',
        invalid ? 'border-danger' : 'border-border-strong',
      )}
    >
      <button
        type="button"
        className={stepButton}
        aria-label={`Decrease quantity of ${itemLabel}`}
        disabled={!hydrated}
        // Going below 1 is "Remove", a separate button, so nothing is taken out by accident.
        aria-disabled={quantity <= 1 || undefined}
        onClick={() => {
          if (quantity > 1) step(quantity - 1);
        }}
      >
        <MinusIcon />
      </button>
      <label htmlFor={id} className="sr-only">
        Quantity of {itemLabel}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="done"
        disabled={!hydrated}
        value={draft ?? String(quantity)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && draft !== null) {
            // Undo the typing, not close the drawer.
            event.preventDefault();
            event.stopPropagation();
            setDraft(null);
            onInvalid(null);
          }
        }}
        className="w-11 border-x border-border bg-transparent text-center text-sm text-foreground tabular-nums focus-visible:bg-surface-muted focus-visible:outline-2 focus-visible:-outline-offset-2"
      />
      <button
        type="button"
        className={stepButton}
        aria-label={`Increase quantity of ${itemLabel}`}
        disabled={!hydrated}
        aria-disabled={quantity >= max || undefined}
        onClick={() => {
          if (quantity < max) step(quantity + 1);
        }}
      >
        <PlusIcon />
      </button>
    </div>
  );
}
