import { describe, expect, it } from 'vitest';

import { productsHref, readProductFilters } from './product-filters';

describe('product list URL state', () => {
  it('drops what the API would refuse instead of failing the page', () => {
    expect(
      readProductFilters({ status: 'deleted', category: '../etc', q: '  ', sort: 'random' }),
    ).toEqual({ status: undefined, categoryId: undefined, q: undefined, sort: 'updated' });
  });

  it('keeps valid filters and round-trips them through the URL', () => {
    const filters = readProductFilters({ status: 'draft', q: ' lamp ', sort: 'title' });
    expect(filters).toMatchObject({ status: 'draft', q: 'lamp', sort: 'title' });
    const href = productsHref(filters);
    expect(href).toBe('/products?status=draft&q=lamp&sort=title');
    const params = new URLSearchParams(href.split('?')[1]);
    expect(
      readProductFilters({
        status: params.get('status') ?? undefined,
        q: params.get('q') ?? undefined,
        sort: params.get('sort') ?? undefined,
      }),
    ).toEqual(filters);
  });
});
