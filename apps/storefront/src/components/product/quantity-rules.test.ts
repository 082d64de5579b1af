import { describe, expect, it } from 'vitest';

import { checkQuantity, MAX_QUANTITY_PER_ADD, maxQuantityFor } from './quantity-rules';
import { stockLabel, stockStatusOf } from './stock-status';

describe('maxQuantityFor', () => {
  it('is the units left, the per-add limit when stock does not limit, and 0 when sold out', () => {
    expect(maxQuantityFor({ available: 3, inStock: true })).toBe(3);
    expect(maxQuantityFor({ available: 5000, inStock: true })).toBe(MAX_QUANTITY_PER_ADD);
    expect(maxQuantityFor({ available: null, inStock: true })).toBe(MAX_QUANTITY_PER_ADD);
    expect(maxQuantityFor({ available: 0, inStock: true })).toBe(MAX_QUANTITY_PER_ADD);
    expect(maxQuantityFor({ available: 0, inStock: false })).toBe(0);
  });
});

describe('checkQuantity', () => {
  it.each([
    ['', 'Enter a quantity.'],
    ['   ', 'Enter a quantity.'],
    ['1.5', 'Enter a whole number, such as 1 or 2.'],
    ['two', 'Enter a whole number, such as 1 or 2.'],
    ['-2', 'The quantity cannot be negative.'],
    ['0', 'The quantity must be at least 1.'],
    ['4', 'Only 3 left in stock. Choose 3 or fewer.'],
  ])('refuses %j with "%s"', (text, message) => {
    expect(checkQuantity(text, 3)).toEqual({ ok: false, message });
  });

  it('names the single unit left', () => {
    expect(checkQuantity('2', 1)).toEqual({
      ok: false,
      message: 'Only 1 left in stock. Choose 1.',
    });
  });

  it('holds the per-add limit when stock does not limit', () => {
    expect(checkQuantity('1000', MAX_QUANTITY_PER_ADD)).toEqual({
      ok: false,
      message: 'You can add at most 999 at a time.',
    });
  });

  it('accepts whole numbers within stock', () => {
    expect(checkQuantity(' 3 ', 3)).toEqual({ ok: true, quantity: 3 });
    expect(checkQuantity('999', MAX_QUANTITY_PER_ADD)).toEqual({ ok: true, quantity: 999 });
  });
});

describe('stock status', () => {
  it.each([
    [{ available: null, inStock: true }, 'In stock'],
    [{ available: 40, inStock: true }, 'In stock'],
    [{ available: 5, inStock: true }, 'Only 5 left'],
    [{ available: 1, inStock: true }, 'Only 1 left'],
    [{ available: 0, inStock: true }, 'Available to order'],
    [{ available: 0, inStock: false }, 'Sold out'],
  ])('reads %j as "%s"', (stock, label) => {
    expect(stockLabel(stockStatusOf(stock))).toBe(label);
  });
});
