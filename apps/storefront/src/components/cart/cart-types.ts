import type { RouterOutputs } from '@storeloom/api';

/** The cart as `storefront.cart.get` answers it: lines, issues and totals priced on the server. */
export type CartView = RouterOutputs['storefront']['cart']['get'];
export type CartLine = CartView['lines'][number];
export type ShippingEstimate = RouterOutputs['storefront']['cart']['estimateShipping'];
