import type { TenantClient } from '@storeloom/db';
import type { Address, EstimateShippingInput } from '@storeloom/validators';

import type { ShippingOption } from '../pricing/priced-checkout.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { type CartView, priceCart } from './price-cart.ts';
import type { Shopper } from './shopper.ts';

/** The cart's totals with one delivery option, priced on the server like checkout's. */
export interface EstimatedTotals {
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  pricesIncludeTax: boolean;
}

export interface ShippingEstimate {
  currency: string;
  options: ShippingOption[];
  /** Why nothing ships there ("We do not ship to Canada yet"), else null. */
  unavailableReason: string | null;
  /** The option the totals use: the one asked for when offered, else the first; null when none. */
  selectedTierCode: string | null;
  /** Null when nothing ships there. */
  totals: EstimatedTotals | null;
}

/** Pricing reads only the destination (country, region, postcode) of an address. */
function destinationAddress({ country, region, postalCode }: EstimateShippingInput): Address {
  return {
    firstName: '',
    lastName: '',
    line1: '',
    city: '',
    postalCode: postalCode ?? '',
    country,
    ...(region ? { region } : {}),
  };
}

function totalsOf(view: CartView): EstimatedTotals {
  return {
    subtotal: view.subtotal,
    discountTotal: view.discountTotal,
    shippingTotal: view.shippingTotal,
    taxTotal: view.taxTotal,
    total: view.total,
    pricesIncludeTax: view.pricesIncludeTax,
  };
}

/**
 * The delivery options and prices for the shopper's cart to a country, region and postcode, and
 * the cart's totals (tax included) with the chosen option, so the storefront never adds them up.
 */
export async function estimateShipping({
  db,
  tenantId,
  shopper,
  destination,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  destination: EstimateShippingInput;
  now?: Date;
}): Promise<ShippingEstimate> {
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    const base = { tenantId, cart, customer: shopper.customer, now };
    const shippingAddress = destinationAddress(destination);
    const quoted = await priceCart(tx, { ...base, shippingAddress });
    const options = quoted.shippingOptions;
    const selected =
      options.find((option) => option.tierCode === destination.tierCode) ?? options[0];
    const priced = selected
      ? await priceCart(tx, { ...base, shippingAddress, tierCode: selected.tierCode })
      : null;
    return {
      currency: quoted.currency,
      options,
      unavailableReason: quoted.shippingUnavailableReason,
      selectedTierCode: selected?.tierCode ?? null,
      totals: priced ? totalsOf(priced) : null,
    };
  });
}
