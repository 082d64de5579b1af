import { cheapestBaseRate } from './base-rate.ts';
import { matchShippingZone } from './match-zone.ts';
import { tierPrice } from './tier-price.ts';
import type {
  ShippingOption,
  ShippingProvider,
  ShippingQuoteInput,
  ShippingTierDefinition,
  ShippingZoneDefinition,
} from './types.ts';

export interface TieredShippingConfig {
  zones: readonly ShippingZoneDefinition[];
  /** The store's tiers; callers substitute the defaults when a store has none. */
  tiers: readonly ShippingTierDefinition[];
}

/**
 * Options for an order: the matching zone's cheapest applicable rate is the standard base, and
 * each enabled tier is that base times its multiplier. No zone or no rate means no options.
 */
export function quoteTieredShipping(
  config: TieredShippingConfig,
  input: ShippingQuoteInput,
): ShippingOption[] {
  const zone = matchShippingZone(config.zones, input.destination);
  if (!zone) return [];
  const base = cheapestBaseRate(zone.rates, input, input.currency);
  if (!base) return [];
  return config.tiers
    .filter((tier) => tier.isEnabled)
    .sort((a, b) => a.position - b.position)
    .map((tier) => ({
      tierCode: tier.code,
      name: tier.name,
      price: tierPrice(base.price, tier.multiplierPermille),
      deliveryDaysMin: tier.deliveryDaysMin,
      deliveryDaysMax: tier.deliveryDaysMax,
    }));
}

/** The built-in provider: the store's own zones, rates and tiers. */
export function createTieredShippingProvider(config: TieredShippingConfig): ShippingProvider {
  return {
    name: 'tiered',
    quote: (input) => Promise.resolve(quoteTieredShipping(config, input)),
  };
}
