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
  disconnect(): Promise<void>;
  readonly [baseClientKey]?: BaseClient;
}

export function createDatabase(options: CreateClientOptions): Database {
  const base = createPrismaClient(options);
  const database: Database = {
    forTenant: (tenantId) => forTenant(base, tenantId),
    disconnect: () => base.$disconnect(),
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
