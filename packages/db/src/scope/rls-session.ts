import type { Prisma } from '../generated/prisma/client.ts';

type RawExecutor = {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Prisma.PrismaPromise<number>;
};

/**
 * Sets the transaction-local settings the row-level-security policies read. `is_local = true`
 * scopes them to the current transaction, so a pooled connection never leaks a tenant.
 */
export function setTenantSql(client: RawExecutor, tenantId: string) {
  return client.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
}

/** Lets the unscoped client through the policies (platform, seed and cross-tenant workflows). */
export function setBypassSql(client: RawExecutor) {
  return client.$executeRaw`SELECT set_config('app.rls_bypass', 'on', true)`;
}
