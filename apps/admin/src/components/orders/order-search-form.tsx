import { ListSearchForm } from '~/components/list-search-form';
import type { OrderFilters } from '~/lib/order-filters';

/** Search by order number, email or customer name, keeping the status tab. */
export function OrderSearchForm({ status, search }: OrderFilters) {
  return (
    <ListSearchForm
      action="/orders"
      label="Search orders"
      placeholder="Order number, email or customer name"
      name="search"
      value={search}
      maxLength={120}
      keep={{ status }}
    />
  );
}
