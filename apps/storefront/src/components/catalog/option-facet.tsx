import { OPTION_PARAM_PREFIX, type OptionFilter } from '@storeloom/validators';

import { FacetCheckbox } from './facet-checkbox';

export interface OptionFacetProps {
  /** Its position among the facets, for unique element ids whatever the option is called. */
  index: number;
  name: string;
  values: { value: string; count: number }[];
  selected: OptionFilter[];
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Long lists (a store-wide "Colour") show this many values and fold the rest away. */
const SHOWN_VALUES = 6;

/** The values of one option (Colour, Size) across the matches, each with its product count. */
export function OptionFacet({ index, name, values, selected }: OptionFacetProps) {
  const chosen = selected.filter((option) => sameText(option.name, name));
  // A chosen value that no longer matches anything still needs its box, to be unticked.
  const missing = chosen
    .filter((option) => !values.some((entry) => sameText(entry.value, option.value)))
    .map((option) => ({ value: option.value, count: 0 }));
  const entries = [...values, ...missing].map((entry, valueIndex) => (
    <FacetCheckbox
      key={entry.value}
      id={`filter-option-${index}-${valueIndex}`}
      name={`${OPTION_PARAM_PREFIX}${name}`}
      value={entry.value}
      label={entry.value}
      count={entry.count}
      checked={chosen.some((option) => sameText(option.value, entry.value))}
    />
  ));
  // Folding away a single value saves nothing.
  const fold = entries.length > SHOWN_VALUES + 1;
  const shown = fold ? entries.slice(0, SHOWN_VALUES) : entries;
  const folded = fold ? entries.slice(SHOWN_VALUES) : [];
  const foldedChosen = [...values, ...missing]
    .slice(SHOWN_VALUES)
    .some((entry) => chosen.some((option) => sameText(option.value, entry.value)));
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-foreground">{name}</legend>
      <div className="space-y-0.5">{shown}</div>
      {folded.length > 0 && (
        // Native disclosure: works without JavaScript; open when a folded value is chosen.
        <details open={foldedChosen} className="group/values">
          <summary className="mt-1 inline-flex cursor-pointer list-none items-center rounded-sm text-sm font-medium text-muted-foreground underline underline-offset-4 hover:text-foreground [&::-webkit-details-marker]:hidden">
            <span className="group-open/values:hidden">Show {folded.length} more</span>
            <span className="hidden group-open/values:inline">Show fewer</span>
            <span className="sr-only"> {name} values</span>
          </summary>
          <div className="mt-1 space-y-0.5">{folded}</div>
        </details>
      )}
    </fieldset>
  );
}
