import type { Tx } from './tx';

/**
 * Moves a per-store sequence up to at least `value`, never down: numbers the app hands out
 * after the seed must not collide with seeded ones.
 */
export async function raiseCounter(
  tx: Tx,
  tenantId: string,
  name: string,
  value: number,
): Promise<void> {
  const current = await tx.tenantCounter.findUnique({
    where: { tenantId_name: { tenantId, name } },
  });
  if (!current) {
    await tx.tenantCounter.create({ data: { tenantId, name, value } });
  } else if (current.value < value) {
    await tx.tenantCounter.update({
      where: { tenantId_name: { tenantId, name } },
      data: { value },
    });
  }
}
