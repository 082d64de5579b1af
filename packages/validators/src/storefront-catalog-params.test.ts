import { describe, expect, it } from 'vitest';

import {
  CATALOG_PAGE_TRAIL_LIMIT,
  catalogQueryString,
  emptyCatalogState,
  firstCatalogPage,
  nextCatalogPage,
  parseCatalogParams,
  previousCatalogPage,
  type CatalogSearchParams,
} from './storefront-catalog-params.ts';

const search = { currency: 'USD', locale: 'en-US', allowCategory: true };

function parse(params: CatalogSearchParams, options = search) {
  return parseCatalogParams(params, options);
}

describe('parseCatalogParams', () => {
  it('reads every filter, the sort and the page', () => {
    const { state, issues } = parse({
      q: '  hoodie ',
      category: 'Apparel',
      minPrice: '25',
      maxPrice: '99.5',
      inStock: '1',
      'option.Colour': ['Black', 'Navy'],
      'option.Size': 'M',
      sort: 'price_asc',
      page: '3',
      cursor: 'k.abc_-1',
      back: 'k.first',
    });
    expect(issues).toEqual([]);
    expect(state).toEqual({
      q: 'hoodie',
      category: 'apparel',
      minPrice: 2500,
      maxPrice: 9950,
      inStock: true,
      options: [
        { name: 'Colour', value: 'Black' },
        { name: 'Colour', value: 'Navy' },
        { name: 'Size', value: 'M' },
      ],
      sort: 'price_asc',
      page: 3,
      cursor: 'k.abc_-1',
      back: ['k.first'],
    });
  });

  it('gives the empty state for no parameters', () => {
    expect(parse({})).toEqual({
      state: emptyCatalogState,
      issues: [],
      priceText: { min: '', max: '' },
      priceErrors: {},
    });
  });

  it('ignores a price that is not a number, says so, and keeps the text for the form', () => {
    const { state, issues, priceText, priceErrors } = parse({ minPrice: 'abc', maxPrice: '50' });
    expect(state.minPrice).toBeNull();
    expect(state.maxPrice).toBe(5000);
    expect(issues).toEqual([
      { field: 'minPrice', message: 'Minimum price ignored: enter a number such as 25 or 19.99.' },
    ]);
    expect(priceText).toEqual({ min: 'abc', max: '50' });
    expect(priceErrors).toEqual({ min: 'Enter a number such as 25 or 19.99' });
  });

  it('swaps an inverted price range', () => {
    const { state, issues, priceText } = parse({ minPrice: '80', maxPrice: '20' });
    expect([state.minPrice, state.maxPrice]).toEqual([2000, 8000]);
    expect(issues.map((issue) => issue.field)).toEqual(['minPrice']);
    expect(priceText).toEqual({ min: '20', max: '80' });
  });

  it('falls back to the default sort for an unknown one', () => {
    const { state, issues } = parse({ sort: 'evil' });
    expect(state.sort).toBe('relevance');
    expect(issues).toEqual([
      { field: 'sort', message: 'That sort order does not exist, so the default is used.' },
    ]);
  });

  it('starts on the first page for a malformed cursor and drops its trail', () => {
    const { state, issues } = parse({ cursor: 'garbage<>', back: 'k.a', page: '4' });
    expect([state.cursor, state.back, state.page]).toEqual([null, [], 1]);
    expect(issues.map((issue) => issue.field)).toEqual(['cursor']);
  });

  it('shortens a query over 200 characters and removes control characters', () => {
    const { state, issues } = parse({ q: `a\u0000b ${'x'.repeat(300)}` });
    expect(state.q).toHaveLength(200);
    expect(state.q.startsWith('a b ')).toBe(true);
    expect(issues.map((issue) => issue.field)).toEqual(['q']);
  });

  it('keeps markup in the query as text: escaping is the renderer’s job', () => {
    expect(parse({ q: '<script>alert(1)</script>' }).state.q).toBe('<script>alert(1)</script>');
  });

  it('drops malformed categories, or every category on a category page', () => {
    expect(parse({ category: 'not a slug!' }).state.category).toBeNull();
    expect(parse({ category: 'not a slug!' }).issues.map((issue) => issue.field)).toEqual([
      'category',
    ]);
    const onCategoryPage = parse({ category: 'apparel' }, { ...search, allowCategory: false });
    expect(onCategoryPage).toMatchObject({ state: { category: null }, issues: [] });
  });

  it('keeps each option filter once, at most twenty, and reports the rest', () => {
    const values = Array.from({ length: 25 }, (_, index) => `v${index}`);
    const { state, issues } = parse({
      'option.Size': ['M', 'm', ...values],
      'option.': 'x',
      'option.Colour': '',
    });
    expect(state.options).toHaveLength(20);
    expect(state.options[0]).toEqual({ name: 'Size', value: 'M' });
    expect(state.options.filter((option) => option.value.toLowerCase() === 'm')).toHaveLength(1);
    expect(issues).toEqual([
      { field: 'options', message: '7 option filters could not be used and were left out.' },
    ]);
  });

  it('takes the first of repeated single-valued parameters', () => {
    expect(parse({ q: ['one', 'two'], sort: ['newest', 'evil'] }).state).toMatchObject({
      q: 'one',
      sort: 'newest',
    });
  });

  it('derives the page number from the trail when the claimed one is impossible', () => {
    expect(parse({ cursor: 'k.c', back: ['k.a', 'k.b'], page: '2' }).state.page).toBe(4);
    expect(parse({ cursor: 'k.c', page: 'x' }).state.page).toBe(2);
  });
});

describe('catalog page links', () => {
  const filtered = parse({ q: 'tee', minPrice: '10', 'option.Size': 'M', sort: 'newest' }).state;

  it('writes the state back without defaults, prices as decimals', () => {
    expect(catalogQueryString(filtered, 'USD')).toBe('q=tee&minPrice=10&option.Size=M&sort=newest');
    expect(catalogQueryString(emptyCatalogState, 'USD')).toBe('');
  });

  it('round-trips through the parser', () => {
    const second = nextCatalogPage(filtered, 'k.two');
    const text = catalogQueryString(second, 'USD');
    const params: CatalogSearchParams = {};
    for (const [key, value] of new URLSearchParams(text)) {
      const existing = params[key];
      params[key] = existing === undefined ? value : [existing, value].flat();
    }
    expect(parse(params).state).toEqual(second);
  });

  it('walks forward and back through pages, keeping the filters', () => {
    const two = nextCatalogPage(filtered, 'k.two');
    const three = nextCatalogPage(two, 'k.three');
    expect(three).toMatchObject({ page: 3, cursor: 'k.three', back: ['k.two'], q: 'tee' });
    expect(previousCatalogPage(three)).toEqual(two);
    expect(previousCatalogPage(two)).toEqual(firstCatalogPage(filtered));
    expect(previousCatalogPage(filtered)).toBeNull();
  });

  it('keeps only the newest pages in the trail', () => {
    let state = filtered;
    for (let page = 0; page < CATALOG_PAGE_TRAIL_LIMIT + 5; page += 1) {
      state = nextCatalogPage(state, `k.${page}`);
    }
    expect(state.back).toHaveLength(CATALOG_PAGE_TRAIL_LIMIT);
    expect(state.page).toBe(CATALOG_PAGE_TRAIL_LIMIT + 6);
  });
});
