import type { CatalogPlan } from '../catalog/expand-catalog';
import { createRng, type Rng } from '../prng';
import type { StoreProfile } from '../stores/types';
import { slugify } from '../text';
import { randomAddress, randomPhone } from './address';
import type { CustomerPlan } from './customers';
import type { Market } from './markets';
import { planLifecycle, pickOutcome, type Outcome } from './order-lifecycle';
import { computeOrderTotals, shippingPrice } from './order-totals';
import type { OrderItemPlan, OrderPlan } from './order-types';
import { defaultShippingTiers as shippingTiers } from '@storeloom/validators';

export const ordersPerStore = 120;
export const orderWindowDays = 90;
export const welcomeDiscount = {
  code: 'WELCOME10',
  title: '10% off your first order',
  bps: 1000,
} as const;

/**
 * A live store always has work waiting: the newest orders are placed in the last day and are
 * still pending (awaiting a bank transfer) or being processed. Listed oldest first.
 */
const openOrders: readonly { ageDays: number; outcome: Outcome }[] = [
  { ageDays: 1.2, outcome: 'processing' },
  { ageDays: 0.8, outcome: 'pending' },
  { ageDays: 0.45, outcome: 'processing' },
  { ageDays: 0.2, outcome: 'pending' },
  { ageDays: 0.05, outcome: 'processing' },
];

const customerNotes = [
  "Please leave the parcel with a neighbour if I'm out.",
  "It's a gift, please don't include the receipt.",
  'Side door, by the blue gate.',
];

interface Context {
  rng: Rng;
  profile: StoreProfile;
  market: Market;
  catalog: CatalogPlan;
  customers: readonly CustomerPlan[];
}

/** Bestsellers sell more, sale items a little more; everything sells sometimes. */
function productWeights(catalog: CatalogPlan): [number, number][] {
  return catalog.products.map((product) => {
    const weight = product.tags.includes('bestseller') ? 5 : product.tags.includes('sale') ? 2 : 1;
    return [product.index, weight];
  });
}

function pickItems(
  { rng, catalog }: Context,
  weights: readonly [number, number][],
): OrderItemPlan[] {
  const lineCount = rng.weighted([
    [1, 50],
    [2, 30],
    [3, 15],
    [4, 5],
  ] as const);
  const chosen = new Set<number>();
  while (chosen.size < lineCount) chosen.add(rng.weighted(weights));
  return [...chosen].map((index, position): OrderItemPlan => {
    const product = catalog.products[index];
    if (!product) throw new Error(`No product at ${String(index)}`);
    const variant = rng.pick(product.variants);
    return {
      position,
      productSlug: product.slug,
      sku: variant.sku,
      name: product.title,
      variantTitle: variant.title,
      unitPrice: variant.price,
      quantity: rng.weighted([
        [1, 75],
        [2, 20],
        [3, 5],
      ] as const),
      costPrice: variant.costPrice,
      discountAmount: 0,
      taxAmount: 0,
      total: 0,
      fulfilledQuantity: 0,
      returnedQuantity: 0,
    };
  });
}

function pickBuyer({ rng, market, customers }: Context) {
  if (rng.chance(0.8)) {
    // The first third are regulars, so "top customers" and repeat purchases show up in reports.
    const customer = rng.chance(0.5)
      ? rng.pick(customers.slice(0, Math.ceil(customers.length / 3)))
      : rng.pick(customers);
    const address = customer.address ?? randomAddress(rng, market, customer);
    return { customerEmail: customer.email, email: customer.email, phone: customer.phone, address };
  }
  const person = { firstName: rng.pick(market.firstNames), lastName: rng.pick(market.lastNames) };
  const email =
    `${slugify(person.firstName)}.${slugify(person.lastName)}${String(rng.int(1, 99))}@example.com`.replace(
      /-/g,
      '.',
    );
  return {
    customerEmail: null,
    email,
    phone: rng.chance(0.4) ? randomPhone(rng, market) : null,
    address: randomAddress(rng, market, person),
  };
}

/**
 * `ordersPerStore` orders over the last 90 days, numbered 1..n in time order. Order density
 * rises towards `now` so the dashboard shows growth.
 */
export function generateOrders(input: Omit<Context, 'rng'> & { now: Date }): OrderPlan[] {
  const rng = createRng(`${input.profile.slug}:orders`);
  const context: Context = { ...input, rng };
  const { profile, now } = input;
  const weights = productWeights(input.catalog);
  const ages = [
    ...Array.from(
      { length: ordersPerStore - openOrders.length },
      () => orderWindowDays * (1 - Math.sqrt(rng.next())) * 86_400_000,
    ),
    ...openOrders.map((open) => open.ageDays * 86_400_000),
  ].sort((a, b) => b - a);
  const firstOpen = ordersPerStore - openOrders.length;
  let returnNumber = 0;
  return ages.map((ageMs, index): OrderPlan => {
    const number = index + 1;
    const placedAt = new Date(Math.floor((now.getTime() - ageMs) / 1000) * 1000);
    const buyer = pickBuyer(context);
    const items = pickItems(context, weights);
    const discountCode = rng.chance(0.12) ? welcomeDiscount.code : null;
    const tier = rng.weighted(
      shippingTiers.map(
        (t) => [t, t.code === 'standard' ? 70 : t.code === 'express' ? 22 : 8] as const,
      ),
    );
    const discountBps = discountCode ? welcomeDiscount.bps : 0;
    const goods = items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
    const goodsAfterDiscount = goods - Math.round((goods * discountBps) / 10_000);
    const shipping = shippingPrice({
      ...profile.shipping,
      multiplierPermille: tier.multiplierPermille,
      goodsValue: goodsAfterDiscount,
    });
    const { lines, ...totals } = computeOrderTotals({
      lines: items,
      discountBps,
      shipping,
      taxBps: profile.tax.rateBps,
    });
    const pricedItems = items.map((item, i) => ({ ...item, ...lines[i] }));
    const lifecycle = planLifecycle({
      rng,
      storeSlug: profile.slug,
      number,
      placedAt,
      outcome: openOrders[index - firstOpen]?.outcome ?? pickOutcome(rng, ageMs / 86_400_000),
      total: totals.total,
      items: pricedItems,
      tier,
      carriers: profile.shipping.carriers,
      nextReturnNumber: () => ++returnNumber,
      now,
    });
    return {
      number,
      placedAt,
      customerEmail: buyer.customerEmail,
      email: buyer.email,
      phone: buyer.phone,
      source: rng.chance(0.9) ? 'storefront' : 'admin',
      shippingTierCode: tier.code,
      shippingMethodName: tier.name,
      shippingAddress: buyer.address,
      billingAddress: rng.chance(0.9)
        ? buyer.address
        : randomAddress(rng, input.market, buyer.address),
      discountCode,
      customerNote: rng.chance(0.08) ? rng.pick(customerNotes) : null,
      idempotencyKey: `seed:${profile.slug}:order:${String(number)}`,
      totals,
      ...lifecycle,
    };
  });
}
