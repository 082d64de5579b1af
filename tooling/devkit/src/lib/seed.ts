import { join } from 'node:path';
import { createDatabase } from '@storeloom/db';
import { seedDemoData, type SeedReport } from '@storeloom/db/seed';

/** "4 stores (4 seeded): 96 products, 240 orders, 60 customers; 11 accounts" — one log line. */
export function describeSeedReport(report: SeedReport): string {
  const seeded = report.stores.filter((store) => !store.skipped).length;
  const state =
    seeded === 0
      ? `all at seed v${String(report.version)}, nothing to do`
      : `${String(seeded)} seeded`;
  const total = (key: 'products' | 'orders' | 'customers') =>
    report.stores.reduce((sum, store) => sum + (store.counts?.[key] ?? 0), 0);
  return (
    `${String(report.stores.length)} demo stores (${state}): ${String(total('products'))} products, ` +
    `${String(total('orders'))} orders, ${String(total('customers'))} customers; ${String(report.accounts.users)} accounts`
  );
}

/**
 * Seeds the demo stores through the owner connection (the seed crosses tenants, so it must not
 * be subject to RLS). Idempotent: stores already at the current seed version are skipped.
 */
export async function seedDemoStores(options: {
  ownerUrl: string;
  dataDir: string;
  rootDomain: string;
}): Promise<SeedReport> {
  const database = createDatabase({ url: options.ownerUrl });
  try {
    return await seedDemoData({
      database,
      mediaDir: join(options.dataDir, 'media'),
      rootDomain: options.rootDomain,
    });
  } finally {
    await database.disconnect();
  }
}
