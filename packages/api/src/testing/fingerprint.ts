import type { Database } from '@storeloom/db';
import { tenantModels } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/** Shopper sessions are sign-in plumbing the suites create per call; everything else counts. */
const ignored = new Set<string>(['CustomerSession']);

/**
 * A snapshot of every row a store owns (every tenant table, plus the store itself), to prove a
 * call changed nothing. New tenant tables are included without editing this file.
 */
export async function fingerprint(database: Database, tenantId: string): Promise<string> {
  const db = unscoped(database);
  const tables = tenantModels.filter((model) => !ignored.has(model));
  const snapshots = await Promise.all(
    tables.map(async (table) => {
      // Table names come from the fixed model list, never from input.
      const rows = await db.$queryRawUnsafe<{ row: unknown }[]>(
        `SELECT to_jsonb(t) AS row FROM "${table}" t WHERE t."tenantId" = $1 ORDER BY to_jsonb(t)::text`,
        tenantId,
      );
      return [table, rows.map((r) => r.row)] as const;
    }),
  );
  const tenant = await db.tenant.findUnique({ where: { id: tenantId } });
  return JSON.stringify({ tenant, ...Object.fromEntries(snapshots) });
}
