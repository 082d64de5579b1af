import type { UnscopedClient } from '../unscoped';
import { ensureProductImages } from './images';
import { expandCatalog } from './catalog/expand-catalog';
import { planImages, planStore } from './plan-store';
import type { DemoSeedSetting, StoreSeedReport } from './report';
import type { StoreProfile } from './stores/types';
import { writeStorePlan } from './write-store-plan';

export interface SeedStoreContext {
  db: UnscopedClient;
  version: number;
  mediaDir: string;
  rootDomain: string;
  now: Date;
  demoHash: () => Promise<string>;
}

/** Generous: the first seed of a store inserts a few thousand rows on a small machine. */
const storeTransactionTimeoutMs = 120_000;

/** Skipped when the store already carries this seed version; otherwise images, then one transaction. */
export async function seedStore(
  profile: StoreProfile,
  existing: { tenantId: string | undefined; setting: DemoSeedSetting | null },
  context: SeedStoreContext,
): Promise<StoreSeedReport> {
  const started = performance.now();
  const base = { slug: profile.slug, name: profile.name };
  if (existing.setting?.version === context.version) {
    // Nothing to write, but a wiped media directory is refilled (a stat per product otherwise).
    const { generated } = await ensureProductImages({
      mediaDir: context.mediaDir,
      storeSlug: profile.slug,
      requests: planImages(profile, expandCatalog(profile.catalog)),
    });
    return {
      ...base,
      tenantId: existing.tenantId ?? '',
      skipped: true,
      counts: existing.setting.counts ?? null,
      timings: { totalMs: performance.now() - started, imagesMs: 0, writeMs: 0 },
      imagesGenerated: generated,
    };
  }
  const plan = planStore(profile, context.now);
  const imagesStarted = performance.now();
  const { images, generated } = await ensureProductImages({
    mediaDir: context.mediaDir,
    storeSlug: profile.slug,
    requests: plan.images,
  });
  const imagesMs = performance.now() - imagesStarted;
  const passwordHash = await context.demoHash();
  const writeStarted = performance.now();
  const written = await context.db.$transaction(
    (tx) =>
      writeStorePlan(tx, plan, images, {
        now: context.now,
        rootDomain: context.rootDomain,
        passwordHash,
        version: context.version,
      }),
    { timeout: storeTransactionTimeoutMs, maxWait: 10_000 },
  );
  const now = performance.now();
  return {
    ...base,
    tenantId: written.tenantId,
    skipped: false,
    counts: written.counts,
    timings: { totalMs: now - started, imagesMs, writeMs: now - writeStarted },
    imagesGenerated: generated,
  };
}
