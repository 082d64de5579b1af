import { describe, expect, it } from 'vitest';

import { MEDIA_IMAGE_WIDTHS, parseMediaWidth, servedMediaWidth } from './media-image-widths.ts';

describe('parseMediaWidth', () => {
  it('is null without a width, and the width when it is one the storefront asks for', () => {
    expect(parseMediaWidth(null)).toBeNull();
    for (const width of MEDIA_IMAGE_WIDTHS) expect(parseMediaWidth(String(width))).toBe(width);
  });

  it('refuses any other width, so nobody can make the server resize at will', () => {
    for (const value of ['', '0', '100', '-256', '256.5', '1e3', '00256', '99999', ' 256', 'abc']) {
      expect(parseMediaWidth(value)).toBe('invalid');
    }
  });
});

describe('servedMediaWidth', () => {
  it('rounds up to the next served width, and caps at the largest', () => {
    expect(servedMediaWidth(1)).toBe(16);
    expect(servedMediaWidth(384)).toBe(384);
    expect(servedMediaWidth(385)).toBe(640);
    expect(servedMediaWidth(5000)).toBe(3840);
  });
});
