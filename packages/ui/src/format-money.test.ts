import { describe, expect, it } from 'vitest';

import { formatMoney } from './format-money';

// Intl separates some currency symbols with a no-break space; compare on plain spaces.
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats two-decimal currencies from cents', () => {
    expect(formatMoney(1999, 'USD')).toBe('$19.99');
    expect(formatMoney(123456789, 'USD')).toBe('$1,234,567.89');
  });

  it('treats zero-decimal currencies as whole units', () => {
    expect(formatMoney(1999, 'JPY')).toBe('¥1,999');
  });

  it('treats three-decimal currencies as thousandths', () => {
    expect(plain(formatMoney(1999, 'KWD'))).toBe('KWD 1.999');
  });

  it("honours the locale's separators and symbol position", () => {
    expect(plain(formatMoney(123456, 'EUR', 'de-DE'))).toBe('1.234,56 €');
  });

  it('formats zero and negative amounts', () => {
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(-500, 'USD')).toBe('-$5.00');
  });

  it('rejects fractional minor units', () => {
    expect(() => formatMoney(19.99, 'USD')).toThrow(RangeError);
  });

  it('rejects unknown currency codes', () => {
    expect(() => formatMoney(100, 'US')).toThrow(RangeError);
  });
});
