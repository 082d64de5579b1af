import type { RouterOutputs } from '@storeloom/api';

import { customerName } from '~/components/orders/customer-name';

export type CommandGroup = 'Orders' | 'Products' | 'Customers';

/** One row of the command search: where Enter (or a click) goes. */
export interface CommandItem {
  /** Unique over all groups; also the option's DOM id. */
  key: string;
  group: CommandGroup;
  label: string;
  detail: string | null;
  href: string;
}

type OrderRow = RouterOutputs['orders']['list']['items'][number];
type ProductRow = RouterOutputs['products']['list']['items'][number];
type CustomerRow = RouterOutputs['customers']['list']['items'][number];

export function orderCommandItems(rows: readonly OrderRow[]): CommandItem[] {
  return rows.map((order) => ({
    key: `order-${order.id}`,
    group: 'Orders',
    label: `#${String(order.number)}`,
    detail: [customerName(order.customer), order.email].filter(Boolean).join(' · ') || null,
    href: `/orders/${order.id}`,
  }));
}

export function productCommandItems(rows: readonly ProductRow[]): CommandItem[] {
  return rows.map((product) => ({
    key: `product-${product.id}`,
    group: 'Products',
    label: product.title,
    detail: [product.vendor, product.status].filter(Boolean).join(' · ') || null,
    href: `/products?q=${encodeURIComponent(product.title)}`,
  }));
}

export function customerCommandItems(rows: readonly CustomerRow[]): CommandItem[] {
  return rows.map((customer) => ({
    key: `customer-${customer.id}`,
    group: 'Customers',
    label: customer.name ?? customer.email,
    detail: [customer.name === null ? null : customer.email, orderCount(customer.orderCount)]
      .filter(Boolean)
      .join(' · '),
    href: `/customers/${customer.id}`,
  }));
}

function orderCount(count: number): string {
  return count === 1 ? '1 order' : `${String(count)} orders`;
}
