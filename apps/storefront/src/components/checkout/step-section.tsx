import { CheckIcon, cn } from '@storeloom/ui';
import type { ReactNode } from 'react';

export type StepState = 'active' | 'done' | 'upcoming';

export interface StepSectionProps {
  id: string;
  number: number;
  title: string;
  state: StepState;
  /** What was chosen, shown once the step is done. */
  summary?: ReactNode;
  /** Reopens a done step. */
  onEdit?: () => void;
  children?: ReactNode;
}

/**
 * One checkout step: its heading (focused when the step opens, so keyboard and screen reader
 * users land on it), a summary with "Change" once done, or its form while active.
 */
export function StepSection({
  id,
  number,
  title,
  state,
  summary,
  onEdit,
  children,
}: StepSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        'rounded-lg border bg-surface p-5 sm:p-6',
        state === 'active' ? 'border-border-strong shadow-xs' : 'border-border',
      )}
    >
      <div className="flex items-center justify-between gap-4">
        <h2
          id={headingId}
          tabIndex={-1}
          className={cn(
            'flex items-center gap-3 text-base font-semibold outline-none',
            state === 'upcoming' && 'text-muted-foreground',
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              'flex size-6 shrink-0 items-center justify-center rounded-full text-xs',
              state === 'done'
                ? 'bg-accent text-accent-foreground'
                : state === 'active'
                  ? 'border border-foreground text-foreground'
                  : 'border border-border-strong text-muted-foreground',
            )}
          >
            {state === 'done' ? <CheckIcon className="size-3.5" /> : number}
          </span>
          {title}
          {state === 'done' && <span className="sr-only">(done)</span>}
        </h2>
        {state === 'done' && onEdit !== undefined && (
          <button
            type="button"
            onClick={onEdit}
            className="rounded-md px-2 py-1 text-sm font-medium text-foreground underline underline-offset-2 hover:no-underline"
          >
            Change<span className="sr-only"> {title.toLowerCase()}</span>
          </button>
        )}
      </div>
      {state === 'done' && summary !== undefined && <div className="mt-3 pl-9">{summary}</div>}
      {state === 'active' && <div className="mt-5">{children}</div>}
    </section>
  );
}
