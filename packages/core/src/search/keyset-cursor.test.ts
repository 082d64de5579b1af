import { describe, expect, it } from 'vitest';

import { decodeCursor, encodeCursor } from './keyset-cursor.ts';

describe('page cursors', () => {
  it('round-trip the sort key and id, fractions and ties included', () => {
    for (const position of [
      { key: 1999, id: 'cm1abc' },
      { key: 0.7315429449081421, id: 'cm2def' },
      { key: 1791340038186, id: 'cm3ghi' },
    ]) {
      expect(decodeCursor(encodeCursor('price_asc', position), 'price_asc')).toEqual(position);
    }
  });

  it('take a bare row id as "after this row"', () => {
    expect(decodeCursor('cmwr7vds509u2ed7d7tzv040c', 'newest')).toEqual({
      afterId: 'cmwr7vds509u2ed7d7tzv040c',
    });
  });

  it.each([
    'k.',
    'k.!!!',
    'k.e30',
    `k.${Buffer.from('["newest",1]').toString('base64url')}`,
    'a b',
    '',
  ])('refuse the malformed cursor %j', (cursor) => {
    expect(() => decodeCursor(cursor, 'newest')).toThrow(
      'This page link is malformed. Start again from the first page.',
    );
  });

  it('refuse a cursor made for another sort order', () => {
    const cursor = encodeCursor('price_asc', { key: 1, id: 'cm1' });
    expect(() => decodeCursor(cursor, 'price_desc')).toThrow(
      'This page link belongs to another sort order. Start again from the first page.',
    );
  });
});
