import type { TenantClient } from '@storeloom/db';

/**
 * Test support: opens `count` pool connections before a race. On a cold pool each transaction
 * waits for a new connection, which staggers them enough that a race may never happen.
 */
export async function openConnections(db: TenantClient, count = 10): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, () => db.$transaction((tx) => tx.$queryRaw`SELECT 1`)),
  );
}
