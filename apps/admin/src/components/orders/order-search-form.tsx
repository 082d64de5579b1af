import { Button, Input, SearchIcon } from '@storeloom/ui';
import Form from 'next/form';

import type { OrderFilters } from '~/lib/order-filters';

/**
 * Search by order number, email or customer name. A GET form, so the search lives in the URL
 * (shareable, back button) and keeps the status tab it was typed under.
 */
export function OrderSearchForm({ status, search }: OrderFilters) {
  return (
    <Form action="/orders" role="search" aria-label="Search orders" className="flex gap-2 p-3">
      {status !== undefined && <input type="hidden" name="status" value={status} />}
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
        <Input
          type="search"
          name="search"
          aria-label="Order number, email or customer name"
          placeholder="Order number, email or customer name"
          defaultValue={search ?? ''}
          maxLength={120}
          className="pl-8"
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
}
