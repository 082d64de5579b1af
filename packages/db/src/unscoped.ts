// Cross-tenant access. Lint allows importing this module only from platform procedures, seeding,
// migrations, tenancy resolution and cross-tenant workflow steps (tooling/eslint/base.js).
import { baseClientOf, type Database } from './database.ts';
import { createUnscopedClient, type UnscopedClient } from './scope/unscoped-client.ts';

// Keyed by the raw client (shared across bundles), so every copy of this module reuses one extension.
const cache = new WeakMap<object, UnscopedClient>();

export function unscoped(database: Database): UnscopedClient {
  const base = baseClientOf(database);
  let client = cache.get(base);
  if (!client) {
    client = createUnscopedClient(base);
    cache.set(base, client);
  }
  return client;
}

export type { UnscopedClient };
