import { createDatabase } from '@storeloom/db';
import { unscoped, type UnscopedClient } from '@storeloom/db/unscoped';
import { readE2eServerState } from './server-state';

/**
 * Runs `work` against the running e2e server's database as its owner, then disconnects. Spec
 * setup crosses stores (it looks stores up by slug), hence the unscoped client.
 */
export async function withE2eDatabase<T>(work: (db: UnscopedClient) => Promise<T>): Promise<T> {
  const { databaseUrl } = await readE2eServerState();
  const database = createDatabase({ url: databaseUrl, maxConnections: 2 });
  try {
    return await work(unscoped(database));
  } finally {
    await database.disconnect();
  }
}

/** The id of a seeded demo store, e.g. `demo-store`. */
export async function storeIdOf(db: UnscopedClient, slug: string): Promise<string> {
  const tenant = await db.tenant.findUnique({ where: { slug }, select: { id: true } });
  if (tenant === null) throw new Error(`No store with slug "${slug}": is the demo seed in use?`);
  return tenant.id;
}
