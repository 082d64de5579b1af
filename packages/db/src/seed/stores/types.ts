import type { DemoStoreSlug } from '@storeloom/auth/demo-accounts';
import type { ThemeInput } from '@storeloom/validators';
import type { CatalogSpec } from '../catalog/types';
import type { MarketCode } from '../generate/markets';

export interface CarrierSpec {
  name: string;
  service: string;
  /** Tracking numbers start with this, so they look like the carrier's own. */
  trackingPrefix: string;
  trackingUrl: (trackingNumber: string) => string;
}

export type EstimateLineSpec =
  | { kind: 'material'; sku: string; quantity: number }
  | {
      kind: 'labour';
      name: string;
      description: string;
      hours: number;
      rate: number;
      costRate: number;
    };

export interface Testimonial {
  quote: string;
  author: string;
}

/** Everything that makes one demo store itself: market, money, copy and catalogue. */
export interface StoreProfile {
  slug: DemoStoreSlug;
  name: string;
  currency: string;
  locale: string;
  timezone: string;
  market: MarketCode;
  tax: { name: string; country: string; rateBps: number };
  shipping: {
    /** Standard-tier price; express and premium multiply it by the tier's permille. */
    baseRate: number;
    /** Shipping is free from this goods value (after discounts), on every tier. */
    freeOver: number;
    carriers: readonly CarrierSpec[];
  };
  customDomain?: string;
  /** Distinct per store, so the demo shows what themes can do; the logo is set by the merchant. */
  theme: Omit<ThemeInput, 'logoUrl'>;
  /** Base hue of the generated product images; each top-level category shifts it. */
  hue: number;
  catalog: CatalogSpec;
  content: {
    heroHeading: string;
    heroSubheading: string;
    ctaLabel: string;
    featuredCategory: string;
    featuredHeading: string;
    testimonials: readonly Testimonial[];
    promiseHtml: string;
    aboutHtml: string;
  };
  estimate: {
    title: string;
    notes: string;
    terms: string;
    depositBps: number | null;
    lines: readonly EstimateLineSpec[];
  };
}
