import { describe, expect, it } from 'vitest';

import {
  chooseValue,
  initialVariant,
  optionValueStates,
  type PickerOption,
  type PickerVariant,
  selectionOf,
  variantFor,
} from './variant-selection';

const option = (id: string, name: string, values: string[]): PickerOption => ({
  id,
  name,
  values: values.map((value) => ({ id: value.toLowerCase(), value })),
});

// Size S/M/L × Colour Blue/Red. S/Red does not exist, M/Blue is sold out, L is only Red.
const colour = option('colour', 'Colour', ['Blue', 'Red']);
const options = [option('size', 'Size', ['S', 'M', 'L']), colour];

function variant(id: string, size: string, colour: string, inStock = true): PickerVariant {
  return {
    id,
    inStock,
    optionValues: [
      { optionId: 'size', valueId: size },
      { optionId: 'colour', valueId: colour },
    ],
  };
}

const variants = [
  variant('s-blue', 's', 'blue'),
  variant('m-blue', 'm', 'blue', false),
  variant('m-red', 'm', 'red'),
  variant('l-red', 'l', 'red'),
];

const statesOf = (selection: Record<string, string>, optionId: string) =>
  Object.fromEntries(optionValueStates(options, variants, selection).get(optionId) ?? []);

describe('optionValueStates', () => {
  it('judges the first option on its own', () => {
    expect(statesOf({ size: 's', colour: 'blue' }, 'size')).toEqual({
      s: 'available',
      m: 'available',
      l: 'available',
    });
  });

  it('disables combinations that do not exist and marks sold-out ones', () => {
    expect(statesOf({ size: 's', colour: 'blue' }, 'colour')).toEqual({
      blue: 'available',
      red: 'unavailable',
    });
    expect(statesOf({ size: 'm', colour: 'red' }, 'colour')).toEqual({
      blue: 'sold_out',
      red: 'available',
    });
  });

  it('marks a first-option value sold out when all its variants are', () => {
    const allGone = variants.map((v) => (v.id === 'm-red' ? { ...v, inStock: false } : v));
    const states = optionValueStates(options, allGone, { size: 's', colour: 'blue' });
    expect(states.get('size')?.get('m')).toBe('sold_out');
  });

  it('judges a value no variant has as unavailable', () => {
    const withXl = [option('size', 'Size', ['S', 'M', 'L', 'XL']), colour];
    const states = optionValueStates(withXl, variants, { size: 's', colour: 'blue' });
    expect(states.get('size')?.get('xl')).toBe('unavailable');
  });
});

describe('chooseValue', () => {
  it('keeps later choices while the combination exists', () => {
    expect(chooseValue(options, variants, { size: 's', colour: 'blue' }, 'size', 'm')).toEqual({
      size: 'm',
      colour: 'blue',
    });
  });

  it('moves a later choice to one that exists, preferring stock', () => {
    // L comes only in red.
    expect(chooseValue(options, variants, { size: 's', colour: 'blue' }, 'size', 'l')).toEqual({
      size: 'l',
      colour: 'red',
    });
  });

  it('never changes earlier choices', () => {
    expect(chooseValue(options, variants, { size: 'm', colour: 'red' }, 'colour', 'blue')).toEqual({
      size: 'm',
      colour: 'blue',
    });
  });
});

describe('variantFor, selectionOf and initialVariant', () => {
  it('finds the variant of a full selection, and none for a missing combination', () => {
    expect(variantFor(variants, options, { size: 'm', colour: 'red' })?.id).toBe('m-red');
    expect(variantFor(variants, options, { size: 's', colour: 'red' })).toBeNull();
    expect(variantFor(variants, options, { size: 'm' })).toBeNull();
  });

  it('reads a variant back as a selection', () => {
    expect(selectionOf(variant('m-red', 'm', 'red'))).toEqual({ size: 'm', colour: 'red' });
  });

  it('opens on the requested variant, else the first in stock, else the first', () => {
    expect(initialVariant(variants, 'm-blue')?.id).toBe('m-blue');
    expect(initialVariant(variants, 'unknown')?.id).toBe('s-blue');
    const soldOut = variants.map((v) => ({ ...v, inStock: false }));
    expect(initialVariant(soldOut, null)?.id).toBe('s-blue');
    expect(initialVariant([], null)).toBeNull();
  });

  it('treats a product without options as its single variant', () => {
    const single: PickerVariant[] = [{ id: 'only', inStock: true, optionValues: [] }];
    expect(variantFor(single, [], {})?.id).toBe('only');
  });
});
