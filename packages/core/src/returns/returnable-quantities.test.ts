import { describe, expect, it } from 'vitest';

import { returnRefusal } from './returnable-quantities.ts';

describe('returnRefusal', () => {
  it('accepts up to what was delivered and not yet asked back', () => {
    expect(returnRefusal('Linen Shirt', 2, 3, 1)).toBeNull();
  });

  it('explains each refusal', () => {
    expect(returnRefusal('Linen Shirt', 1, 0, 0)).toBe('Linen Shirt has not been delivered yet');
    expect(returnRefusal('Linen Shirt', 1, 2, 2)).toBe('Linen Shirt has already been returned');
    expect(returnRefusal('Linen Shirt', 3, 3, 1)).toBe('You can return at most 2 of Linen Shirt');
  });
});
