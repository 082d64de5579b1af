import type { RouterOutputs } from '@storeloom/api';

/** What `storefront.estimates.view` shows the customer: prices and totals, never costs. */
export type PublicEstimate = RouterOutputs['storefront']['estimates']['view'];
export type PublicEstimateLine = PublicEstimate['items'][number];
export type PublicEstimateStatus = PublicEstimate['status'];

/** The store's currency and locale, for every amount on the page. */
export interface EstimateMoney {
  currency: string;
  locale: string;
}
