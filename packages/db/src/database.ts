import { type ChangeFeed, createChangeFeed } from './changes/change-feed.ts';
import { type BaseClient, createPrismaClient, type CreateClientOptions } from './client.ts';
import { forTenant, type TenantClient } from './scope/for-tenant.ts';

/**
 * Where a Database keeps its raw client. A registered symbol rather than a module-level WeakMap:
 * Next.js bundles the proxy, pages and route handlers separately, each with its own copy of this
 * module, and they share one Database through globalThis.
 */
const baseClientKey: unique symbol = Symbol.for('storeloom.db.baseClient');

/**
 * The application's handle on PostgreSQL. It only hands out tenant-scoped clients; the unscoped
 * client is reached through `@storeloom/db/unscoped`, whose importers are limited by lint.
 */
export interface Database {
  forTenant(tenantId: string): TenantClient;
  /** Committed changes to cached store data (LISTEN/NOTIFY); connects on first subscribe. */
  readonly changes: ChangeFeed;
  disconnect(): Promise<void>;
  readonly [baseClientKey]?: BaseClient;
}

/** Scoped clients kept per process; each is a stateless wrapper, so the bound is only memory. */
const SCOPED_CLIENTS_KEPT = 1_000;

export function createDatabase(options: CreateClientOptions): Database {
  const base = createPrismaClient(options);
  const changes = createChangeFeed({ url: options.url });
  // Building a scoped client (a Prisma extension) costs far more than a cached read, and every
  // request needs one: reuse them, least recently used out first.
  const scoped = new Map<string, TenantClient>();
  const scopedClient = (tenantId: string) => {
    let client = scoped.get(tenantId);
    if (client) scoped.delete(tenantId);
    else client = forTenant(base, tenantId);
    scoped.set(tenantId, client);
    if (scoped.size > SCOPED_CLIENTS_KEPT) {
      const oldest = scoped.keys().next();
      if (!oldest.done) scoped.delete(oldest.value);
    }
    return client;
  };
  const database: Database = {
    forTenant: scopedClient,
    changes,
    disconnect: async () => {
      await changes.close();
      await base.$disconnect();
    },
  };
  Object.defineProperty(database, baseClientKey, { value: base, enumerable: false });
  return database;
}

/** Internal: the raw client behind a Database. Not exported from the package entry. */
export function baseClientOf(database: Database): BaseClient {
  const base = database[baseClientKey];
  if (!base) throw new Error('Not a Database created by createDatabase()');
  return base;
}
