import { describe, expect, it } from 'vitest';

import { cartQuantityTextSchema } from './cart.ts';

const parse = (text: string) => {
  const result = cartQuantityTextSchema.safeParse(text);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
};

describe('cart quantity as typed', () => {
  it('reads whole numbers from 1 to 999, ignoring surrounding spaces', () => {
    expect(parse('1')).toBe(1);
    expect(parse(' 12 ')).toBe(12);
    expect(parse('007')).toBe(7);
    expect(parse('999')).toBe(999);
  });

  it('refuses empty, non-numeric, zero, negative, fractional and too large quantities', () => {
    expect(parse('')).toEqual(['Enter a quantity']);
    expect(parse('  ')).toEqual(['Enter a quantity']);
    expect(parse('two')).toEqual(['Enter a number, like 2']);
    expect(parse('1e3')).toEqual(['Enter a number, like 2']);
    expect(parse('0')).toEqual(['The quantity must be at least 1; remove the item instead']);
    expect(parse('-3')).toEqual(['The quantity must be at least 1; remove the item instead']);
    expect(parse('1.5')).toEqual(['Quantities are whole numbers']);
    expect(parse('1000')).toEqual(['At most 999 of one item per order']);
  });
});
