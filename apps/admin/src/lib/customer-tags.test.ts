import { describe, expect, it } from 'vitest';

import { formatTagList, parseTagList } from './customer-tags';

describe('parseTagList', () => {
  it('splits on commas, trims, drops blanks and repeats, keeping the first order', () => {
    expect(parseTagList(' vip, wholesale ,, vip ,')).toEqual(['vip', 'wholesale']);
  });

  it('reads an empty field as no tags', () => {
    expect(parseTagList('  ')).toEqual([]);
  });

  it('round-trips through formatTagList', () => {
    expect(parseTagList(formatTagList(['a b', 'c']))).toEqual(['a b', 'c']);
  });
});
