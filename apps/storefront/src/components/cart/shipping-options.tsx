'use client';

import { Alert, cn, Money } from '@storeloom/ui';
import { useId } from 'react';

import type { ShippingEstimate } from './cart-types';

export interface ShippingOptionsProps {
  estimate: ShippingEstimate;
  /** The option the shopper just picked: shown as chosen while the server re-totals. */
  chosen: string | undefined;
  /** The destination's name, e.g. "United States". */
  place: string;
  locale: string;
  updating: boolean;
  onChoose: (tierCode: string) => void;
}

function deliveryTime(min: number, max: number): string {
  if (min === max) return min === 1 ? 'Delivery in 1 day' : `Delivery in ${String(min)} days`;
  return `Delivery in ${String(min)}–${String(max)} days`;
}

/** The delivery options the server offers for the destination; choosing one re-totals the cart. */
export function ShippingOptions({
  estimate,
  chosen,
  place,
  locale,
  updating,
  onChoose,
}: ShippingOptionsProps) {
  const name = useId();
  const offered = estimate.options.some((option) => option.tierCode === chosen);
  const selected = offered ? chosen : estimate.selectedTierCode;
  if (estimate.options.length === 0) {
    return (
      <Alert tone="warning" title={`No delivery to ${place}`}>
        {estimate.unavailableReason ?? 'No delivery option fits this order.'}
      </Alert>
    );
  }
  return (
    <fieldset
      aria-busy={updating || undefined}
      className={cn('space-y-2', updating && 'opacity-60')}
    >
      <legend className="mb-2 text-sm font-medium text-foreground">Delivery to {place}</legend>
      {estimate.options.map((option) => {
        const id = `${name}-${option.tierCode}`;
        const checked = selected === option.tierCode;
        return (
          <label
            key={option.tierCode}
            htmlFor={id}
            className={cn(
              'flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2.5 text-sm has-focus-visible:outline-2 has-focus-visible:outline-accent',
              checked ? 'border-accent bg-accent-soft' : 'border-border hover:bg-surface-muted',
            )}
          >
            <input
              id={id}
              type="radio"
              name={name}
              value={option.tierCode}
              checked={checked}
              onChange={() => {
                onChoose(option.tierCode);
              }}
              className="size-4 accent-(--color-accent) focus-visible:outline-none"
            />
            <span className="flex-1">
              <span className="block font-medium text-foreground">{option.name}</span>
              <span className="block text-xs text-muted-foreground">
                {deliveryTime(option.deliveryDaysMin, option.deliveryDaysMax)}
              </span>
            </span>
            <span className="font-medium text-foreground">
              {option.price === 0 ? (
                'Free'
              ) : (
                <Money amountMinor={option.price} currency={estimate.currency} locale={locale} />
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
