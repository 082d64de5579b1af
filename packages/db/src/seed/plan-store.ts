import { expandCatalog, type CatalogPlan } from './catalog/expand-catalog';
import { generateCustomers, type CustomerPlan } from './generate/customers';
import { generateEstimate, type EstimatePlan } from './generate/estimate';
import { markets } from './generate/markets';
import type { OrderPlan } from './generate/order-types';
import { generateOrders, orderWindowDays } from './generate/orders';
import { planPages } from './generate/pages';
import { generateStorefrontEvents, type StorefrontEventPlan } from './generate/storefront-events';
import type { ImageRequest } from './images';
import type { StoreProfile } from './stores/types';
import type { PagePlan } from './write/write-pages';

/** Everything one store will contain, as plain data. Pure: same profile and `now`, same plan. */
export interface StorePlan {
  profile: StoreProfile;
  catalog: CatalogPlan;
  customers: CustomerPlan[];
  orders: OrderPlan[];
  storefrontEvents: StorefrontEventPlan[];
  estimate: EstimatePlan;
  pages: PagePlan[];
  images: ImageRequest[];
}

// Neighbouring top-level categories get clearly different hues.
const hueStep = 47;

export function planStore(profile: StoreProfile, now: Date): StorePlan {
  const market = markets[profile.market];
  const catalog = expandCatalog(profile.catalog);
  const customers = generateCustomers(profile.slug, market);
  const orders = generateOrders({ profile, market, catalog, customers, now });
  return {
    profile,
    catalog,
    customers,
    orders,
    storefrontEvents: generateStorefrontEvents({
      storeSlug: profile.slug,
      catalog,
      orders,
      now,
      windowDays: orderWindowDays,
    }),
    estimate: generateEstimate({ profile, catalog, customers, now }),
    pages: planPages(profile, catalog),
    images: planImages(profile, catalog),
  };
}

/** One image per product, coloured by its top-level category. */
export function planImages(profile: StoreProfile, catalog: CatalogPlan): ImageRequest[] {
  const roots = catalog.categories
    .filter((category) => category.depth === 0)
    .map((category) => category.slug);
  return catalog.products.map((product) => ({
    productSlug: product.slug,
    title: product.title,
    hue: (profile.hue + Math.max(0, roots.indexOf(product.rootCategory)) * hueStep) % 360,
    variant: product.index,
  }));
}
