import { ListSearchForm } from '~/components/list-search-form';
import type { CustomerFilters } from '~/lib/customer-filters';

/** Search by email or name, keeping the sort. */
export function CustomerSearchForm({ sort, q }: CustomerFilters) {
  return (
    <ListSearchForm
      action="/customers"
      label="Search customers"
      placeholder="Email or name"
      name="q"
      value={q}
      maxLength={200}
      keep={{ sort: sort === 'newest' ? undefined : sort }}
    />
  );
}
