import type { StorefrontEventType } from '../../generated/prisma/enums';
import type { CatalogPlan } from '../catalog/expand-catalog';
import { createRng } from '../prng';
import type { OrderPlan } from './order-types';

export interface StorefrontEventPlan {
  type: StorefrontEventType;
  sessionId: string;
  customerEmail: string | null;
  productSlug: string | null;
  sku: string | null;
  orderNumber: number | null;
  value: number | null;
  path: string;
  referrer: string | null;
  metadata: Record<string, string>;
  occurredAt: Date;
}

/** Session ids of seeded events start with this, so a re-run can tell they already exist. */
export const seededSessionPrefix = 'seed-';
export const browsingSessionsPerStore = 360;

const referrers = [
  null,
  null,
  'https://www.google.com/',
  'https://www.instagram.com/',
  'https://www.pinterest.com/',
  'https://news.example.com/gift-guide',
];
const searchTerms = ['gift', 'sale', 'black', 'bestseller', 'new', 'small', 'large'];

/**
 * Behaviour for analytics: every order's path to purchase (views, add to cart, checkout) plus
 * browsing sessions that never buy, so conversion rates and top-viewed products are meaningful.
 */
export function generateStorefrontEvents({
  storeSlug,
  catalog,
  orders,
  now,
  windowDays,
}: {
  storeSlug: string;
  catalog: CatalogPlan;
  orders: readonly OrderPlan[];
  now: Date;
  windowDays: number;
}): StorefrontEventPlan[] {
  const rng = createRng(`${storeSlug}:storefront-events`);
  const events: StorefrontEventPlan[] = [];
  const minute = 60_000;
  for (const order of orders) {
    const sessionId = `${seededSessionPrefix}${storeSlug}-order-${String(order.number)}`;
    const start = order.placedAt.getTime() - rng.int(12, 40) * minute;
    const base = {
      sessionId,
      customerEmail: order.customerEmail,
      orderNumber: null,
      value: null,
      metadata: {},
    };
    const referrer = rng.pick(referrers);
    events.push({
      ...base,
      type: 'page_view',
      productSlug: null,
      sku: null,
      path: '/',
      referrer,
      occurredAt: new Date(start),
    });
    order.items.forEach((item, i) => {
      const path = `/products/${item.productSlug}`;
      const viewedAt = start + (i * 3 + 2) * minute;
      events.push({
        ...base,
        type: 'product_view',
        productSlug: item.productSlug,
        sku: item.sku,
        path,
        referrer: null,
        occurredAt: new Date(viewedAt),
      });
      events.push({
        ...base,
        type: 'add_to_cart',
        productSlug: item.productSlug,
        sku: item.sku,
        path,
        referrer: null,
        value: item.unitPrice * item.quantity,
        occurredAt: new Date(viewedAt + minute),
      });
    });
    events.push({
      ...base,
      type: 'checkout_started',
      productSlug: null,
      sku: null,
      path: '/checkout',
      referrer: null,
      value: order.totals.subtotal,
      occurredAt: new Date(order.placedAt.getTime() - 4 * minute),
    });
    events.push({
      ...base,
      type: 'purchase',
      productSlug: null,
      sku: null,
      path: '/checkout/confirmation',
      referrer: null,
      value: order.totals.total,
      orderNumber: order.number,
      occurredAt: order.placedAt,
    });
  }
  for (let i = 0; i < browsingSessionsPerStore; i++) {
    const sessionId = `${seededSessionPrefix}${storeSlug}-browse-${String(i)}`;
    const start = now.getTime() - rng.next() * windowDays * 86_400_000;
    const base = {
      sessionId,
      customerEmail: null,
      orderNumber: null,
      value: null,
      sku: null,
      referrer: null,
      metadata: {},
    };
    events.push({
      ...base,
      type: 'page_view',
      productSlug: null,
      path: '/',
      referrer: rng.pick(referrers),
      occurredAt: new Date(start),
    });
    if (rng.chance(0.25)) {
      const query = rng.pick(searchTerms);
      events.push({
        ...base,
        type: 'search',
        productSlug: null,
        path: `/search?q=${query}`,
        metadata: { query },
        occurredAt: new Date(start + minute),
      });
    }
    const viewed = rng.sample(catalog.products, rng.int(1, 4));
    viewed.forEach((product, j) => {
      const at = start + (j + 2) * 2 * minute;
      events.push({
        ...base,
        type: 'product_view',
        productSlug: product.slug,
        path: `/products/${product.slug}`,
        occurredAt: new Date(at),
      });
      if (rng.chance(0.18)) {
        const variant = rng.pick(product.variants);
        events.push({
          ...base,
          type: 'add_to_cart',
          productSlug: product.slug,
          sku: variant.sku,
          path: `/products/${product.slug}`,
          value: variant.price,
          occurredAt: new Date(at + minute),
        });
        if (rng.chance(0.3)) {
          events.push({
            ...base,
            type: 'checkout_started',
            productSlug: null,
            path: '/checkout',
            value: variant.price,
            occurredAt: new Date(at + 3 * minute),
          });
        }
      }
    });
  }
  return events.filter((event) => event.occurredAt <= now);
}
