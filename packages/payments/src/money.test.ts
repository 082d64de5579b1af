import { describe, expect, it } from 'vitest';

import {
  currencyExponent,
  formatDecimalAmount,
  parseDecimalAmount,
  rescaleMinorUnits,
} from './money.ts';

describe('currencyExponent', () => {
  it('knows two-, zero- and three-decimal currencies', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('usd')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });
});

describe('formatDecimalAmount', () => {
  it('formats minor units with the currency exponent', () => {
    expect(formatDecimalAmount(1999, 'EUR')).toBe('19.99');
    expect(formatDecimalAmount(5, 'USD')).toBe('0.05');
    expect(formatDecimalAmount(0, 'USD')).toBe('0.00');
    expect(formatDecimalAmount(500, 'JPY')).toBe('500');
    expect(formatDecimalAmount(1234, 'KWD')).toBe('1.234');
    expect(formatDecimalAmount(-250, 'GBP')).toBe('-2.50');
  });

  it('keeps large amounts exact', () => {
    expect(formatDecimalAmount(123456789012, 'USD')).toBe('1234567890.12');
  });

  it('refuses fractions of a minor unit', () => {
    expect(() => formatDecimalAmount(10.5, 'USD')).toThrow(RangeError);
  });

  it('writes amounts held with another number of decimals', () => {
    expect(formatDecimalAmount(1234, 'TWD', 0)).toBe('1234');
    expect(formatDecimalAmount(50000, 'HUF', 2)).toBe('500.00');
  });
});

describe('rescaleMinorUnits', () => {
  it('adds decimals exactly', () => {
    expect(rescaleMinorUnits(500, 0, 2)).toBe(50000);
    expect(rescaleMinorUnits(1999, 2, 2)).toBe(1999);
    expect(rescaleMinorUnits(1999, 2, 3)).toBe(19990);
  });

  it('drops decimals only when they are zero', () => {
    expect(rescaleMinorUnits(123400, 2, 0)).toBe(1234);
    expect(rescaleMinorUnits(123450, 2, 0)).toBeNull();
    expect(rescaleMinorUnits(1230, 3, 2)).toBe(123);
    expect(rescaleMinorUnits(1234, 3, 2)).toBeNull();
  });

  it('refuses fractions of a minor unit', () => {
    expect(() => rescaleMinorUnits(1.5, 2, 0)).toThrow(RangeError);
  });
});

describe('parseDecimalAmount', () => {
  it('reads decimal strings back into minor units', () => {
    expect(parseDecimalAmount('19.99', 'EUR')).toBe(1999);
    expect(parseDecimalAmount('19.9', 'EUR')).toBe(1990);
    expect(parseDecimalAmount('19', 'EUR')).toBe(1900);
    expect(parseDecimalAmount('500', 'JPY')).toBe(500);
    expect(parseDecimalAmount('1.234', 'KWD')).toBe(1234);
    expect(parseDecimalAmount('0.10', 'USD')).toBe(10);
  });

  it('round-trips what formatDecimalAmount writes', () => {
    for (const [amount, currency] of [
      [1, 'USD'],
      [1999, 'EUR'],
      [7, 'JPY'],
      [1001, 'KWD'],
    ] as const) {
      expect(parseDecimalAmount(formatDecimalAmount(amount, currency), currency)).toBe(amount);
    }
  });

  it('refuses more decimals than the currency has and non-numbers', () => {
    expect(() => parseDecimalAmount('19.999', 'EUR')).toThrow(/more decimals/);
    expect(() => parseDecimalAmount('5.5', 'JPY')).toThrow(/more decimals/);
    expect(() => parseDecimalAmount('abc', 'EUR')).toThrow(RangeError);
    expect(() => parseDecimalAmount('1e3', 'EUR')).toThrow(RangeError);
  });
});
