import type { RouterOutputs } from '@storeloom/api';

export type AccountOrder = RouterOutputs['storefront']['account']['orders']['get'];
export type AccountOrderLine = AccountOrder['items'][number];
export type AccountShipment = AccountOrder['shipments'][number];
export type AccountReturn = AccountOrder['returns'][number];
export type AccountOrderSummary =
  RouterOutputs['storefront']['account']['orders']['list']['items'][number];
export type SavedAddress = RouterOutputs['storefront']['account']['addresses']['list'][number];

/** How money is printed on these pages: the order's currency in the store's locale. */
export interface MoneyFormat {
  currency: string;
  locale: string;
}
