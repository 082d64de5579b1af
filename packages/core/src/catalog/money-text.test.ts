import { describe, expect, it } from 'vitest';

import { currencyDigits, formatMinorUnits, parseMajorUnits } from './money-text.ts';

describe('currency digits', () => {
  it('comes from Intl', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });
});

describe('formatMinorUnits', () => {
  it('writes exactly the currency decimals', () => {
    expect(formatMinorUnits(1250, 2)).toBe('12.50');
    expect(formatMinorUnits(5, 2)).toBe('0.05');
    expect(formatMinorUnits(0, 2)).toBe('0.00');
    expect(formatMinorUnits(1999, 0)).toBe('1999');
    expect(formatMinorUnits(1500, 3)).toBe('1.500');
  });
});

describe('parseMajorUnits', () => {
  it('reads major units into minor units without floating point', () => {
    expect(parseMajorUnits('12.50', 2)).toEqual({ ok: true, amount: 1250 });
    expect(parseMajorUnits('12.5', 2)).toEqual({ ok: true, amount: 1250 });
    expect(parseMajorUnits('12', 2)).toEqual({ ok: true, amount: 1200 });
    expect(parseMajorUnits('0.29', 2)).toEqual({ ok: true, amount: 29 });
    expect(parseMajorUnits('1999', 0)).toEqual({ ok: true, amount: 1999 });
  });

  it('refuses fractions of a minor unit', () => {
    expect(parseMajorUnits('12.345', 2)).toMatchObject({ ok: false, message: /more than 2/ });
    expect(parseMajorUnits('12.5', 0)).toMatchObject({ ok: false, message: /no minor unit/ });
  });

  it('refuses anything that is not a plain non-negative decimal', () => {
    for (const text of ['', '-1', '1e3', '12,50', '$12', '.5', 'abc']) {
      expect(parseMajorUnits(text, 2).ok).toBe(false);
    }
    expect(parseMajorUnits('99999999999', 2)).toMatchObject({ ok: false, message: /too large/ });
  });

  it('round-trips with formatMinorUnits', () => {
    for (const amount of [0, 1, 99, 100, 1999, 123456789]) {
      for (const digits of [0, 2, 3]) {
        expect(parseMajorUnits(formatMinorUnits(amount, digits), digits)).toEqual({
          ok: true,
          amount,
        });
      }
    }
  });
});
