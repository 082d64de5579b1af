// `pnpm --filter @storeloom/db seed`: loads the demo stores, accounts and history into
// DATABASE_URL (the app role; the seed crosses tenants through the RLS bypass). Safe to re-run:
// stores already at the current seed version are skipped.
//
//   --media-dir <dir>     where product images go (default <STORELOOM_DATA_DIR>/media)
//   --root-domain <host>  subdomain root (default localhost: demo-store.localhost)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../src/database';
import { env } from '../src/env';
import { seedDemoData, type SeedReport } from '../src/seed';

function printReport(report: SeedReport): void {
  const rows = report.stores.map((store) => ({
    store: store.slug,
    status: store.skipped ? 'skipped (up to date)' : 'seeded',
    products: store.counts?.products ?? '-',
    variants: store.counts?.variants ?? '-',
    categories: store.counts?.categories ?? '-',
    customers: store.counts?.customers ?? '-',
    orders: store.counts?.orders ?? '-',
    returns: store.counts?.returns ?? '-',
    ms: Math.round(store.timings.totalMs),
  }));
  console.table(rows);
  const { accounts, timings } = report;
  console.log(
    `accounts: ${String(accounts.users)} users, ${String(accounts.memberships)} memberships${accounts.skipped ? ' (up to date)' : ''}`,
  );
  console.log(`demo seed v${String(report.version)} done in ${timings.totalMs.toFixed(0)}ms`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'media-dir': { type: 'string' }, 'root-domain': { type: 'string' } },
  });
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the stack with `pnpm start` (embedded PostgreSQL), or point it at PostgreSQL 15+.',
    );
  }
  const database = createDatabase({ url });
  try {
    const report = await seedDemoData({
      database,
      mediaDir: values['media-dir'] ?? join(env.STORELOOM_DATA_DIR, 'media'),
      rootDomain: values['root-domain'] ?? 'localhost',
      log: (line) => {
        console.log(line);
      },
    });
    printReport(report);
  } finally {
    await database.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
