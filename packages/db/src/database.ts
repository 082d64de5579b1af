import { type BaseClient, createPrismaClient, type CreateClientOptions } from "./client.ts";
import { forTenant, type TenantClient } from "./scope/for-tenant.ts";

/**
 * The application's handle on PostgreSQL. It only hands out tenant-scoped clients; the unscoped
 * client is reached through `@storeloom/db/unscoped`, whose importers are limited by lint.
 */
export interface Database {
  forTenant(tenantId: string): TenantClient;
  disconnect(): Promise<void>;
}

const baseClients = new WeakMap<Database, BaseClient>();

export function createDatabase(options: CreateClientOptions): Database {
  const base = createPrismaClient(options);
  const database: Database = {
    forTenant: (tenantId) => forTenant(base, tenantId),
    disconnect: () => base.$disconnect(),
  };
  baseClients.set(database, base);
  return database;
}

/** Internal: the raw client behind a Database. Not exported from the package entry. */
export function baseClientOf(database: Database): BaseClient {
  const base = baseClients.get(database);
  if (!base) throw new Error("Not a Database created by createDatabase()");
  return base;
}
