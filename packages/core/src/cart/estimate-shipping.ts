import type { TenantClient } from '@storeloom/db';
import type { EstimateShippingInput } from '@storeloom/validators';

import type { ShippingOption } from '../pricing/priced-checkout.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { priceCart } from './price-cart.ts';
import type { Shopper } from './shopper.ts';

export interface ShippingEstimate {
  currency: string;
  options: ShippingOption[];
  /** Why nothing ships there ("We do not ship to Canada yet"), else null. */
  unavailableReason: string | null;
}

/** The delivery options and prices for the shopper's cart to a country, region and postcode. */
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
    // Pricing reads only the destination (country, region) of an address; the rest is unknown yet.
    const view = await priceCart(tx, {
      tenantId,
      cart,
      customer: shopper.customer,
      shippingAddress: {
        firstName: '',
        lastName: '',
        line1: '',
        city: '',
        postalCode: destination.postalCode ?? '',
        country: destination.country,
        ...(destination.region ? { region: destination.region } : {}),
      },
      now,
    });
    return {
      currency: view.currency,
      options: view.shippingOptions,
      unavailableReason: view.shippingUnavailableReason,
    };
  });
}
