import { ListSearchForm } from '~/components/list-search-form';
import type { EstimateFilters } from '~/lib/estimate-filters';

/** Search by estimate number, title, customer name or email, keeping the status tab. */
export function EstimateSearchForm({ status, search }: EstimateFilters) {
  return (
    <ListSearchForm
      action="/estimates"
      label="Search estimates"
      placeholder="Estimate number, title, customer name or email"
      name="search"
      value={search}
      maxLength={120}
      keep={{ status }}
    />
  );
}
