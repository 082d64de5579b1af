import type { TenantTransaction } from '@storeloom/db';

export type CounterName = 'order' | 'return' | 'estimate';

/**
 * Takes the next number of a per-store sequence. The row lock of the upsert serialises
 * concurrent callers, and a rolled-back transaction gives its number back, so numbers are
 * gap-free and never collide.
 */
export async function nextCounterValue(
  tx: TenantTransaction,
  tenantId: string,
  name: CounterName,
): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES (${tenantId}, ${name}, 1)
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
    RETURNING "value"`;
  const row = rows[0];
  if (!row) throw new Error(`Counter ${name} returned no value`);
  return row.value;
}
