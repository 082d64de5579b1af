'use client';

import { Button, Select, useHydrated } from '@storeloom/ui';
import type { StorefrontSort } from '@storeloom/validators';
import { useState } from 'react';

import type { SortOption } from '~/lib/catalog/sort-options';

export interface SortSelectProps {
  /** The filter form this select belongs to; it is outside it, in the results toolbar. */
  formId: string;
  value: StorefrontSort;
  /** The order the page uses without a `sort` parameter; choosing it leaves the URL without one. */
  defaultSort: StorefrontSort;
  options: SortOption[];
}

/** Sort order, part of the filter form through `form=`, so one URL holds filters and sort. */
export function SortSelect({ formId, value, defaultSort, options }: SortSelectProps) {
  const hydrated = useHydrated();
  // Shows the choice at once, and follows the URL's sort after navigation (back, a shared link).
  const [selected, setSelected] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    setSelected(value);
  }
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="catalog-sort" className="text-sm whitespace-nowrap text-muted-foreground">
        Sort by
      </label>
      <Select
        id="catalog-sort"
        name="sort"
        form={formId}
        value={selected === defaultSort ? '' : selected}
        className="h-9 min-w-44"
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          setSelected(options.find((option) => option.value === chosen)?.value ?? defaultSort);
          event.currentTarget.form?.requestSubmit();
        }}
      >
        {options.map((option) => (
          // An empty value is left out of the URL, like the other unset fields.
          <option key={option.value} value={option.value === defaultSort ? '' : option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {!hydrated && (
        // Without JavaScript nothing reacts to the change; this applies it.
        <Button type="submit" form={formId} variant="secondary" size="md">
          Sort
        </Button>
      )}
    </div>
  );
}
