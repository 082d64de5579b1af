import { describe, expect, it } from 'vitest';

import { customersHref, readCustomerSearch, readCustomerSort } from './customer-filters';

describe('customer list URL state', () => {
  it('reads a known sort and falls back to newest for anything else', () => {
    expect(readCustomerSort('lifetime_value')).toBe('lifetime_value');
    expect(readCustomerSort(['order_count', 'newest'])).toBe('order_count');
    expect(readCustomerSort('drop table')).toBe('newest');
    expect(readCustomerSort(undefined)).toBe('newest');
  });

  it('trims the search, treats blank as none and cuts it to what the API takes', () => {
    expect(readCustomerSearch('  ada ')).toBe('ada');
    expect(readCustomerSearch('   ')).toBeUndefined();
    expect(readCustomerSearch('x'.repeat(300))).toHaveLength(200);
  });

  it('writes only what differs from the defaults', () => {
    expect(customersHref({ sort: 'newest', q: undefined })).toBe('/customers');
    expect(customersHref({ sort: 'order_count', q: 'a&b' })).toBe(
      '/customers?sort=order_count&q=a%26b',
    );
  });
});
