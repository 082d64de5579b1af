/** What the variant picker needs of a product: its options, and which values each variant has. */
export interface PickerOption {
  id: string;
  name: string;
  values: { id: string; value: string }[];
}

export interface PickerVariant {
  id: string;
  inStock: boolean;
  optionValues: { optionId: string; valueId: string }[];
}

/** The chosen value of each option: option id → value id. */
export type Selection = Readonly<Record<string, string>>;

/**
 * How a value shows in the picker, given what is chosen for the options before it:
 * `unavailable` (no such variant: disabled), `sold_out` (exists, none left: marked, still
 * selectable so the shopper sees it is sold out) or `available`.
 */
export type OptionValueState = 'available' | 'sold_out' | 'unavailable';

function valueOf(variant: PickerVariant, optionId: string): string | undefined {
  return variant.optionValues.find((value) => value.optionId === optionId)?.valueId;
}

/** Variants that have the selection's value for each of `options`. */
function matching(
  variants: readonly PickerVariant[],
  options: readonly PickerOption[],
  selection: Selection,
): PickerVariant[] {
  return variants.filter((variant) =>
    options.every((option) => valueOf(variant, option.id) === selection[option.id]),
  );
}

export function selectionOf(variant: PickerVariant): Selection {
  return Object.fromEntries(variant.optionValues.map((value) => [value.optionId, value.valueId]));
}

/** The variant with exactly the chosen values; null when that combination does not exist. */
export function variantFor(
  variants: readonly PickerVariant[],
  options: readonly PickerOption[],
  selection: Selection,
): PickerVariant | null {
  return matching(variants, options, selection)[0] ?? null;
}

/**
 * The state of every option value. Each option is judged against the choices of the options
 * before it (size, then colour within that size), as shoppers pick from the top down: any
 * variant can be reached by choosing in order, so no choice ever locks another away.
 */
export function optionValueStates(
  options: readonly PickerOption[],
  variants: readonly PickerVariant[],
  selection: Selection,
): Map<string, Map<string, OptionValueState>> {
  return new Map(
    options.map((option, index) => {
      const before = options.slice(0, index);
      const candidates = matching(variants, before, selection);
      const states = new Map<string, OptionValueState>(
        option.values.map((value) => {
          const withValue = candidates.filter(
            (variant) => valueOf(variant, option.id) === value.id,
          );
          if (withValue.length === 0) return [value.id, 'unavailable'];
          return [
            value.id,
            withValue.some((variant) => variant.inStock) ? 'available' : 'sold_out',
          ];
        }),
      );
      return [option.id, states];
    }),
  );
}

/**
 * The selection after choosing `valueId` for `optionId`. Options after it keep their values
 * while the combination exists; where it no longer does, they move to the first value that
 * does, preferring one in stock.
 */
export function chooseValue(
  options: readonly PickerOption[],
  variants: readonly PickerVariant[],
  selection: Selection,
  optionId: string,
  valueId: string,
): Selection {
  const next: Record<string, string> = { ...selection, [optionId]: valueId };
  const changed = options.findIndex((option) => option.id === optionId);
  options.forEach((option, index) => {
    if (index <= changed) return;
    const upTo = options.slice(0, index + 1);
    if (matching(variants, upTo, next).length > 0) return;
    const states = optionValueStates(options, variants, next).get(option.id);
    const replacement =
      option.values.find((value) => states?.get(value.id) === 'available') ??
      option.values.find((value) => states?.get(value.id) === 'sold_out');
    if (replacement !== undefined) next[option.id] = replacement.id;
  });
  return next;
}

/** The variant a page opens on: the one in the URL, else the first in stock, else the first. */
export function initialVariant<T extends PickerVariant>(
  variants: readonly T[],
  requestedId: string | null,
): T | null {
  return (
    variants.find((variant) => variant.id === requestedId) ??
    variants.find((variant) => variant.inStock) ??
    variants[0] ??
    null
  );
}
