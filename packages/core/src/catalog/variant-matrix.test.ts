import { describe, expect, it } from 'vitest';

import {
  combinationKey,
  generatedSku,
  uniqueSkus,
  variantCombinations,
  variantTitle,
} from './variant-matrix.ts';

describe('variantCombinations', () => {
  it('builds the full matrix with the first option varying slowest', () => {
    expect(
      variantCombinations([
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Red', 'Blue'] },
      ]),
    ).toEqual([
      ['S', 'Red'],
      ['S', 'Blue'],
      ['M', 'Red'],
      ['M', 'Blue'],
    ]);
  });

  it('gives one empty combination without options', () => {
    expect(variantCombinations([])).toEqual([[]]);
  });

  it('multiplies three options', () => {
    const combos = variantCombinations([
      { name: 'A', values: ['1', '2', '3'] },
      { name: 'B', values: ['x', 'y'] },
      { name: 'C', values: ['p', 'q'] },
    ]);
    expect(combos).toHaveLength(12);
    expect(new Set(combos.map(combinationKey)).size).toBe(12);
  });
});

describe('variant names and SKUs', () => {
  it('titles variants by their values', () => {
    expect(variantTitle(['M', 'Blue'])).toBe('M / Blue');
    expect(variantTitle([])).toBe('Default');
  });

  it('generates SKUs from the handle and the values', () => {
    expect(generatedSku('linen-shirt', ['M', 'Sky Blue'])).toBe('LINEN-SHIRT-M-SKY-BLUE');
    expect(generatedSku('mug', [])).toBe('MUG');
    expect(generatedSku('x'.repeat(70), ['M']).length).toBeLessThanOrEqual(64);
  });

  it('adds a suffix when a generated SKU is taken, also within the batch', () => {
    expect(uniqueSkus(['MUG', 'MUG', 'CUP'], new Set(['mug']))).toEqual(['MUG-2', 'MUG-3', 'CUP']);
  });
});
