'use client';

import { cn } from '@storeloom/ui';

import type { OptionValueState, PickerOption, Selection } from './variant-selection';

export interface VariantPickerProps {
  options: PickerOption[];
  selection: Selection;
  states: Map<string, Map<string, OptionValueState>>;
  onChoose: (optionId: string, valueId: string) => void;
  /** False until the page is interactive: an early click would otherwise do nothing. */
  enabled: boolean;
}

const stateSuffix: Record<OptionValueState, string> = {
  available: '',
  sold_out: ', sold out',
  unavailable: ', unavailable',
};

/**
 * One radio group per option, drawn as chips. A value no variant has (with the choices above
 * it) is disabled; a sold-out one is struck through but can be chosen, so the shopper sees it.
 */
export function VariantPicker({
  options,
  selection,
  states,
  onChoose,
  enabled,
}: VariantPickerProps) {
  return (
    <div className="flex flex-col gap-5">
      {options.map((option) => {
        const chosen = option.values.find((value) => value.id === selection[option.id]);
        return (
          <fieldset key={option.id}>
            <legend className="mb-2 text-sm font-medium text-foreground">
              {option.name}
              {chosen !== undefined && (
                <span className="font-normal text-muted-foreground">: {chosen.value}</span>
              )}
            </legend>
            <div className="flex flex-wrap gap-2">
              {option.values.map((value) => {
                const state = states.get(option.id)?.get(value.id) ?? 'unavailable';
                const checked = selection[option.id] === value.id;
                return (
                  <label
                    key={value.id}
                    className={cn(
                      'relative inline-flex min-h-10 min-w-12 cursor-pointer items-center justify-center rounded-md border px-3.5 text-sm font-medium transition-colors select-none',
                      'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent',
                      checked
                        ? 'border-foreground bg-foreground text-background'
                        : 'border-border-strong bg-surface text-foreground hover:border-foreground',
                      state === 'sold_out' && !checked && 'text-muted-foreground line-through',
                      state === 'sold_out' && checked && 'line-through',
                      state === 'unavailable' &&
                        'cursor-not-allowed border-dashed text-subtle-foreground hover:border-border-strong',
                    )}
                  >
                    <input
                      type="radio"
                      name={`option-${option.id}`}
                      value={value.id}
                      checked={checked}
                      disabled={!enabled || state === 'unavailable'}
                      onChange={() => onChoose(option.id, value.id)}
                      // Invisible but covering the chip: the chip is what is clicked and focused.
                      className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                    />
                    <span aria-hidden="true">{value.value}</span>
                    <span className="sr-only">
                      {value.value}
                      {stateSuffix[state]}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
