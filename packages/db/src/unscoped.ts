// Cross-tenant access. Lint allows importing this module only from platform procedures, seeding,
// migrations, tenancy resolution and cross-tenant workflow steps (tooling/eslint/base.js).
import { baseClientOf, type Database } from "./database.ts";
import { createUnscopedClient, type UnscopedClient } from "./scope/unscoped-client.ts";

const cache = new WeakMap<Database, UnscopedClient>();

export function unscoped(database: Database): UnscopedClient {
  let client = cache.get(database);
  if (!client) {
    client = createUnscopedClient(baseClientOf(database));
    cache.set(database, client);
  }
  return client;
}

export type { UnscopedClient };
