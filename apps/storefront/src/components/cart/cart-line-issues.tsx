'use client';

import { cn, ErrorIcon, WarningIcon, useHydrated } from '@storeloom/ui';

import type { CartLine } from './cart-types';

export interface CartLineIssuesProps {
  id: string;
  line: Pick<CartLine, 'issues' | 'available' | 'label'>;
  /** A refused change or a typed value that is not a quantity. */
  error: string | null;
  /** Sets the line to the stock left, offered when it holds more. */
  onLowerToAvailable: (quantity: number) => void;
}

/** What the shopper can do about each issue; a price change needs nothing. */
const nextStep: Record<CartLine['issues'][number]['code'], string | null> = {
  price_changed: null,
  insufficient_stock: 'Lower the quantity to check out.',
  out_of_stock: 'Remove it to check out.',
  unavailable: 'Remove it to check out.',
};

/**
 * What changed on a line since it was added (price, stock, withdrawn), in the API's words, and
 * why the last change to it was refused. Blocking issues are red: checkout waits for them.
 */
export function CartLineIssues({ id, line, error, onLowerToAvailable }: CartLineIssuesProps) {
  const hydrated = useHydrated();
  if (line.issues.length === 0 && error === null) return null;
  const { available } = line;
  return (
    <div id={id} className="mt-2 space-y-1.5 text-xs font-medium">
      {line.issues.map((issue) => (
        <div
          key={issue.code}
          className={cn(
            'flex items-start gap-1.5',
            issue.blocking ? 'text-red-700' : 'text-amber-800',
          )}
        >
          {issue.blocking ? (
            <ErrorIcon className="mt-px size-3.5 shrink-0" />
          ) : (
            <WarningIcon className="mt-px size-3.5 shrink-0" />
          )}
          <p>
            {issue.message}. {nextStep[issue.code]}
            {issue.code === 'insufficient_stock' && available !== null && available > 0 && (
              <>
                {' '}
                <button
                  type="button"
                  disabled={!hydrated}
                  className="font-semibold underline underline-offset-2 hover:no-underline"
                  onClick={() => {
                    onLowerToAvailable(available);
                  }}
                >
                  Change to {available}
                  <span className="sr-only"> for {line.label}</span>
                </button>
              </>
            )}
          </p>
        </div>
      ))}
      {error !== null && (
        <p role="alert" className="flex items-start gap-1.5 text-red-700">
          <ErrorIcon className="mt-px size-3.5 shrink-0" />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
