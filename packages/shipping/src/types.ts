/** Where a parcel goes: an ISO 3166-1 alpha-2 country and, optionally, a region code within it. */
export interface ShippingDestination {
  country: string;
  region?: string | null;
}

export type ShippingRateBasis = 'flat' | 'weight' | 'order_value';

/** A base (standard-tier) price of a zone, picked by a band of weight or order value. */
export interface ShippingRateDefinition {
  id: string;
  name: string;
  basis: ShippingRateBasis;
  /** Inclusive lower bound (grams or minor units); null means 0. */
  minValue: number | null;
  /** Exclusive upper bound; null means unbounded. */
  maxValue: number | null;
  price: number;
  currency: string;
  isActive: boolean;
}

export interface ShippingZoneDefinition {
  id: string;
  name: string;
  /** ISO alpha-2 codes; "*" matches every country. */
  countries: readonly string[];
  /** Region codes within those countries; empty means the whole country. */
  regions: readonly string[];
  position: number;
  rates: readonly ShippingRateDefinition[];
}

/** A delivery speed: its price is the base rate times `multiplierPermille / 1000`. */
export interface ShippingTierDefinition {
  code: string;
  name: string;
  multiplierPermille: number;
  deliveryDaysMin: number;
  deliveryDaysMax: number;
  isEnabled: boolean;
  position: number;
}

/** The facts of one order a provider needs to quote it. */
export interface ShippingQuoteInput {
  destination: ShippingDestination;
  currency: string;
  /** Total weight of the parcel in grams. */
  weightGrams: number;
  /** Order value used by value-banded rates: the discounted subtotal, in minor units. */
  orderValue: number;
}

export interface ShippingOption {
  tierCode: string;
  name: string;
  price: number;
  deliveryDaysMin: number;
  deliveryDaysMax: number;
}

/**
 * Anything that can price delivery of an order: the built-in tiered calculator today, carrier
 * integrations (which need the network, hence the promise) later.
 */
export interface ShippingProvider {
  readonly name: string;
  quote(input: ShippingQuoteInput): Promise<ShippingOption[]>;
}
