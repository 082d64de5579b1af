import type { StoredImage } from './images';
import type { StorePlan } from './plan-store';
import type { DemoSeedSetting, StoreCounts } from './report';
import { writeCatalog } from './write/write-catalog';
import { raiseCounter } from './write/write-counters';
import { writeCustomers } from './write/write-customers';
import { writeEstimate } from './write/write-estimate';
import { writeOrders } from './write/write-orders';
import { writePublishedPage } from './write/write-pages';
import { writeStore } from './write/write-store';
import { writeStorefrontEvents } from './write/write-storefront-events';
import type { Tx } from './write/tx';

export const demoSeedSettingKey = 'demo.seed';

/** Writes one store's plan inside the caller's transaction and records the seed version. */
export async function writeStorePlan(
  tx: Tx,
  plan: StorePlan,
  images: readonly StoredImage[],
  {
    now,
    rootDomain,
    passwordHash,
    version,
  }: { now: Date; rootDomain: string; passwordHash: string; version: number },
): Promise<{ tenantId: string; counts: StoreCounts }> {
  const { profile } = plan;
  const store = await writeStore(tx, profile, { rootDomain, now });
  const { tenantId } = store;
  const catalogIds = await writeCatalog(
    tx,
    {
      tenantId,
      storeSlug: profile.slug,
      currency: profile.currency,
      locationId: store.locationId,
      vendor: profile.catalog.vendor,
      now,
    },
    plan.catalog,
    images,
  );
  const customerIdByEmail = await writeCustomers(
    tx,
    { tenantId, now, passwordHash },
    plan.customers,
  );
  const ids = { ...catalogIds, customerIdByEmail };
  await writeOrders(
    tx,
    {
      tenantId,
      currency: profile.currency,
      locationId: store.locationId,
      discountId: store.discountId,
    },
    plan.orders,
    ids,
  );
  const orders = await tx.order.findMany({
    where: { tenantId },
    select: { id: true, number: true },
  });
  await writeStorefrontEvents(tx, { tenantId }, plan.storefrontEvents, {
    ...ids,
    orderIdByNumber: new Map(orders.map((row) => [row.number, row.id])),
  });
  await writeEstimate(tx, { tenantId, currency: profile.currency }, plan.estimate, ids);
  for (const page of plan.pages) await writePublishedPage(tx, { tenantId, now }, page);

  const maxReturn = Math.max(0, ...plan.orders.map((order) => order.return?.number ?? 0));
  await raiseCounter(
    tx,
    tenantId,
    'order',
    Math.max(0, ...plan.orders.map((order) => order.number)),
  );
  await raiseCounter(tx, tenantId, 'return', maxReturn);
  await raiseCounter(tx, tenantId, 'estimate', plan.estimate.number);

  const [products, variants, categories, customers, orderCount, returns] = await Promise.all([
    tx.product.count({ where: { tenantId } }),
    tx.productVariant.count({ where: { tenantId } }),
    tx.category.count({ where: { tenantId } }),
    tx.customer.count({ where: { tenantId } }),
    tx.order.count({ where: { tenantId } }),
    tx.return.count({ where: { tenantId } }),
  ]);
  const counts: StoreCounts = {
    products,
    variants,
    categories,
    customers,
    orders: orderCount,
    returns,
  };
  const setting: DemoSeedSetting = { version, seededAt: now.toISOString(), counts };
  await tx.tenantSetting.upsert({
    where: { tenantId_key: { tenantId, key: demoSeedSettingKey } },
    create: { tenantId, key: demoSeedSettingKey, value: setting },
    update: { value: setting },
  });
  return { tenantId, counts };
}
