import { describe, expect, it } from 'vitest';

import { formatDate, formatDeduction, formatMoney, formatQuantity, minorDigits } from './format.ts';

// Intl separates a currency symbol from the number with a no-break space in some locales.
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('writes USD cents with two decimals', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(5, 'USD')).toBe('$0.05');
  });

  it('writes JPY with no decimals: 1999 minor units are ¥1,999, not ¥19.99', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(formatMoney(1999, 'JPY')).toBe('¥1,999');
    expect(formatMoney(1999, 'JPY', 'ja-JP')).toBe('￥1,999');
  });

  it('writes EUR in the store locale', () => {
    expect(formatMoney(123_456, 'EUR')).toBe('€1,234.56');
    expect(plain(formatMoney(123_456, 'EUR', 'de-DE'))).toBe('1.234,56 €');
    expect(plain(formatMoney(123_456, 'EUR', 'fr-FR'))).toBe('1 234,56 €');
  });

  it('writes three decimals for KWD', () => {
    expect(plain(formatMoney(1_500, 'KWD'))).toBe('KWD 1.500');
  });

  it('writes negative amounts with a minus sign', () => {
    expect(formatMoney(-500, 'USD')).toBe('-$5.00');
    expect(formatMoney(-1999, 'JPY')).toBe('-¥1,999');
  });

  it('refuses fractions of a minor unit and unknown currencies', () => {
    expect(() => formatMoney(19.99, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(100, 'XXXX')).toThrow(RangeError);
  });
});

describe('formatDeduction', () => {
  it('prints a discount as negative whichever sign it is stored with', () => {
    expect(formatDeduction(250, 'USD')).toBe('-$2.50');
    expect(formatDeduction(-250, 'USD')).toBe('-$2.50');
    expect(formatDeduction(0, 'EUR')).toBe('€0.00');
  });
});

describe('formatDate', () => {
  it('prints the calendar date of the store time zone', () => {
    const lateEvening = new Date('2026-03-04T23:30:00Z');
    expect(formatDate(lateEvening)).toBe('March 4, 2026');
    expect(formatDate(lateEvening, 'en-US', 'Asia/Tokyo')).toBe('March 5, 2026');
    expect(formatDate(lateEvening, 'de-DE', 'Europe/Berlin')).toBe('5. März 2026');
  });
});

describe('formatQuantity', () => {
  it('keeps up to two decimals and drops trailing zeros', () => {
    expect(formatQuantity(2)).toBe('2');
    expect(formatQuantity(2.5)).toBe('2.5');
    expect(formatQuantity(1.25)).toBe('1.25');
    expect(formatQuantity(1234)).toBe('1,234');
  });
});
