import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@storeloom/auth/demo-accounts';
import type { Database } from '../database';
import { unscoped } from '../unscoped';
import { demoSeedSettingSchema, type SeedReport, type StoreSeedReport } from './report';
import { seedStore } from './seed-store';
import { storeProfiles } from './stores';
import { writeAccounts } from './write/write-accounts';
import { demoSeedSettingKey } from './write-store-plan';

/**
 * Bump when the demo content changes: stores seeded with an older version are topped up (missing
 * rows are added; existing rows are left as they are), stores at this version are skipped.
 */
export const DEMO_SEED_VERSION = 1;

export interface SeedDemoDataOptions {
  database: Database;
  /** Root of local media storage; images go to `<mediaDir>/<storeSlug>/<productSlug>.webp`. */
  mediaDir: string;
  /** Orders and events are placed relative to this (default: the current time). */
  now?: Date;
  /** Root domain for the stores' subdomains (default "localhost": `demo-store.localhost`). */
  rootDomain?: string;
  log?: (line: string) => void;
}

/** Seeds the demo stores, their history and the demo accounts. Idempotent; see docs/demo-data.md. */
export async function seedDemoData(options: SeedDemoDataOptions): Promise<SeedReport> {
  const started = performance.now();
  const { database, mediaDir, rootDomain = 'localhost', log = () => undefined } = options;
  const now = options.now ?? new Date();
  const db = unscoped(database);

  // One query decides which stores are already seeded at this version.
  const existing = await db.tenant.findMany({
    where: { slug: { in: storeProfiles.map((profile) => profile.slug) } },
    select: {
      id: true,
      slug: true,
      settings: { where: { key: demoSeedSettingKey }, select: { value: true } },
    },
  });
  const tenantIdBySlug = new Map(existing.map((tenant) => [tenant.slug, tenant.id]));
  const settingBySlug = new Map(
    existing.map((tenant) => {
      const parsed = demoSeedSettingSchema.safeParse(tenant.settings[0]?.value);
      return [tenant.slug, parsed.success ? parsed.data : null];
    }),
  );

  // scrypt is slow by design: hash once, lazily, and only when something will be written.
  let passwordHash: Promise<string> | undefined;
  let passwordHashMs = 0;
  const demoHash = () =>
    (passwordHash ??= (async () => {
      const t = performance.now();
      // Imported on demand: @storeloom/auth loads the Clerk SDK, which a skipped re-run never needs.
      const { hashPassword } = await import('@storeloom/auth');
      const hash = await hashPassword(DEMO_PASSWORD);
      passwordHashMs = performance.now() - t;
      return hash;
    })());

  // One store after another: running them concurrently was measured slower, because the work is
  // mostly Prisma serialising rows on Node's single thread.
  const stores: StoreSeedReport[] = [];
  for (const profile of storeProfiles) {
    const report = await seedStore(
      profile,
      {
        tenantId: tenantIdBySlug.get(profile.slug),
        setting: settingBySlug.get(profile.slug) ?? null,
      },
      { db, version: DEMO_SEED_VERSION, mediaDir, rootDomain, now, demoHash },
    );
    tenantIdBySlug.set(profile.slug, report.tenantId);
    if (!report.skipped) {
      log(
        `[seed] ${profile.slug}: ${JSON.stringify(report.counts)} in ${report.timings.totalMs.toFixed(0)}ms ` +
          `(images ${report.timings.imagesMs.toFixed(0)}ms, ${String(report.imagesGenerated)} generated)`,
      );
    }
    stores.push(report);
  }

  const accountsStarted = performance.now();
  const accounts = await seedAccounts(database, tenantIdBySlug, demoHash);
  const accountsMs = performance.now() - accountsStarted;
  return {
    version: DEMO_SEED_VERSION,
    stores,
    accounts,
    timings: { totalMs: performance.now() - started, passwordHashMs, accountsMs },
  };
}

/** Users and memberships; two counts decide whether anything is missing. */
async function seedAccounts(
  database: Database,
  tenantIdBySlug: ReadonlyMap<string, string>,
  demoHash: () => Promise<string>,
) {
  const db = unscoped(database);
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const expectedMemberships = DEMO_ACCOUNTS.reduce(
    (sum, account) => sum + account.memberships.length,
    0,
  );
  const [users, memberships] = await Promise.all([
    db.user.count({ where: { email: { in: emails } } }),
    db.storeMember.count({
      where: { user: { email: { in: emails } }, tenantId: { in: [...tenantIdBySlug.values()] } },
    }),
  ]);
  if (users === emails.length && memberships >= expectedMemberships)
    return { users, memberships, skipped: true };
  const passwordHash = await demoHash();
  const written = await db.$transaction((tx) =>
    writeAccounts(tx, { accounts: DEMO_ACCOUNTS, passwordHash, tenantIdBySlug }),
  );
  return { ...written, skipped: false };
}
