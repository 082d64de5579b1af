import {
  createTieredShippingProvider,
  matchShippingZone,
  type ShippingOption,
  type ShippingQuoteInput,
  type TieredShippingConfig,
} from '@storeloom/shipping';

import { countryName } from '../pricing/format-amount.ts';

export interface ShippingQuote {
  options: ShippingOption[];
  /** Why there are no options, as a sentence for the shopper; null when there are some. */
  unavailableReason: string | null;
}

/** Quotes an order with the store's own tiered rates, and says why when nothing ships. */
export async function quoteShipping(
  setup: TieredShippingConfig,
  input: ShippingQuoteInput,
): Promise<ShippingQuote> {
  const options = await createTieredShippingProvider(setup).quote(input);
  if (options.length > 0) return { options, unavailableReason: null };
  const place = countryName(input.destination.country);
  const zone = matchShippingZone(setup.zones, input.destination);
  return {
    options,
    unavailableReason: zone
      ? `No shipping option to ${place} fits this order`
      : `We do not ship to ${place} yet`,
  };
}
