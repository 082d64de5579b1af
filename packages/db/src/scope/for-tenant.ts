import type { ITXClientDenyList } from '@prisma/client/runtime/client';

import type { BaseClient } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { setTenantSql } from './rls-session.ts';
import { tenantScopeExtension } from './tenant-scope-extension.ts';

type TransactionOptions = {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
};

function injectTenant(base: BaseClient, tenantId: string) {
  return base.$extends(tenantScopeExtension(tenantId));
}

/** The client handed to `db.$transaction(async (tx) => ...)`: scoped, on one connection. */
export type TenantTransaction = Omit<ReturnType<typeof injectTenant>, ITXClientDenyList>;

/**
 * A client bound to one store. Two walls hold:
 * 1. every model query gets the store injected (tenant-scope extension);
 * 2. every statement runs in a transaction whose `app.tenant_id` the RLS policies check, so even
 *    raw SQL, or a query the first wall misses, cannot see or write another store's rows.
 *
 * Single operations are wrapped in a batch transaction with the setting. Interactive
 * transactions set it once at the start and run every statement of the callback on that
 * connection; the array form of `$transaction` is not offered, because its queries would each
 * open their own transaction.
 */
export function forTenant(base: BaseClient, tenantId: string) {
  const injected = injectTenant(base, tenantId);

  return injected.$extends(
    Prisma.defineExtension({
      name: 'rls-session',
      query: {
        async $allOperations({ args, query }) {
          // Typed as unknown[]: the query's result type is the operation's, which the caller already knows.
          const results: unknown[] = await base.$transaction([
            setTenantSql(base, tenantId),
            query(args),
          ]);
          return results[1];
        },
      },
      client: {
        $transaction<R>(
          fn: (tx: TenantTransaction) => Promise<R>,
          options?: TransactionOptions,
        ): Promise<R> {
          return injected.$transaction(async (tx) => {
            await setTenantSql(tx, tenantId);
            return fn(tx);
          }, options);
        },
      },
    }),
  );
}

export type TenantClient = ReturnType<typeof forTenant>;
