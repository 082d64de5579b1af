import type { BaseClient } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { setBypassSql } from './rls-session.ts';

type TransactionOptions = {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
};

/**
 * The cross-tenant client. It runs every statement with `app.rls_bypass = on` so the policies let
 * it through; only platform procedures, seeding, migrations and deliberate cross-tenant workflow
 * steps may use it (enforced by the lint rule on `@storeloom/db/unscoped`).
 */
export function createUnscopedClient(base: BaseClient) {
  return base.$extends(
    Prisma.defineExtension({
      name: 'rls-bypass',
      query: {
        async $allOperations({ args, query }) {
          const results: unknown[] = await base.$transaction([setBypassSql(base), query(args)]);
          return results[1];
        },
      },
      client: {
        $transaction<R>(
          fn: (tx: Prisma.TransactionClient) => Promise<R>,
          options?: TransactionOptions,
        ): Promise<R> {
          return base.$transaction(async (tx) => {
            await setBypassSql(tx);
            return fn(tx);
          }, options);
        },
      },
    }),
  );
}

export type UnscopedClient = ReturnType<typeof createUnscopedClient>;
