import { describe, expect, it } from 'vitest';

import { formatDateTime } from './format-date-time';

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDateTime', () => {
  const iso = '2024-03-05T23:30:00.000Z';

  it('formats in UTC by default', () => {
    expect(plain(formatDateTime(iso))).toBe('Mar 5, 2024, 11:30 PM');
  });

  it('formats in a given time zone', () => {
    expect(formatDateTime(iso, { style: 'date', timeZone: 'Asia/Tokyo' })).toBe('Mar 6, 2024');
  });

  it('accepts Date instances', () => {
    expect(plain(formatDateTime(new Date(iso), { style: 'time' }))).toBe('11:30 PM');
  });

  it('rejects unparseable input', () => {
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });
});
