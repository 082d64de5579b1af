import type { RouterOutputs } from '@storeloom/api';

type Checkout = RouterOutputs['storefront']['checkout'];

/** The checkout as every step answers it: progress, addresses and the summary priced on the server. */
export type CheckoutView = Checkout['get'];
export type CheckoutSummaryView = CheckoutView['summary'];
export type ShippingOption = CheckoutSummaryView['shippingOptions'][number];
export type PaymentMethod = Checkout['paymentMethods'][number];
export type ShippingCountries = Checkout['shippingCountries'];
export type PlacedOrder = Checkout['placeOrder'];
export type PaymentAction = Checkout['payOrder'];
export type OrderConfirmation = Checkout['confirmation'];
export type SavedAddress = RouterOutputs['storefront']['account']['addresses']['list'][number];

/** How the store writes money: its currency and locale. */
export interface StoreMoney {
  currency: string;
  locale: string;
}

/** The signed-in shopper, when there is one. */
export interface CheckoutCustomer {
  email: string;
  firstName: string | null;
}
