import { describe, expect, it } from 'vitest';

import { variantLabel } from './variant-label.ts';

describe('variantLabel', () => {
  it('names the variant after the product title', () => {
    expect(variantLabel('Linen Shirt', 'M')).toBe('Linen Shirt (M)');
  });

  it('leaves out placeholder titles of option-less products', () => {
    expect(variantLabel('Linen Shirt', 'Default')).toBe('Linen Shirt');
    expect(variantLabel('Linen Shirt', 'Default Title')).toBe('Linen Shirt');
    expect(variantLabel('Linen Shirt', ' ')).toBe('Linen Shirt');
  });
});
