import { describe, expect, it } from 'vitest';

import { parseTextSearch } from './text-search.ts';

describe('parsing the search text', () => {
  it('ignores blank text', () => {
    expect(parseTextSearch(undefined)).toBeNull();
    expect(parseTextSearch('   ')).toBeNull();
  });

  it('turns plain words into prefix terms that must all match, with typo matching', () => {
    const search = parseTextSearch('  Lea BO ');
    expect(search).toMatchObject({ text: 'Lea BO', fuzzy: true });
    expect(search?.tsquery?.values).toEqual(['lea:* & bo:*']);
  });

  it('never lets tsquery operators through', () => {
    const search = parseTextSearch("mug & !cup | (a:*) 'x'");
    expect(search?.tsquery?.values).toEqual(['mug:* & cup:* & a:* & x:*']);
  });

  it('passes web-search syntax through, without typo matching', () => {
    for (const text of ['"tea towel"', 'linen -dress', 'mug or cup']) {
      const search = parseTextSearch(text);
      expect(search).toMatchObject({ text, fuzzy: false });
      expect(search?.tsquery?.sql).toContain('websearch_to_tsquery');
    }
  });

  it('keeps only typo matching for text without letters or digits', () => {
    expect(parseTextSearch('%%%')).toEqual({ text: '%%%', tsquery: null, fuzzy: true });
  });
});
