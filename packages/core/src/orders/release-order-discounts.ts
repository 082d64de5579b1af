import type { TenantTransaction } from '@storeloom/db';

/**
 * Gives back the discount uses an order counted when it was placed, inside the caller's
 * transaction, so re-pricing the edited order sees its codes as the shopper did (a one-use code
 * is not "used up" by the very order it belongs to). The caller redeems again what still applies.
 */
export async function releaseOrderDiscounts(
  tx: TenantTransaction,
  { tenantId, orderId }: { tenantId: string; orderId: string },
): Promise<void> {
  const usages = await tx.discountUsage.findMany({
    where: { orderId },
    select: { discountId: true },
  });
  for (const usage of usages) {
    await tx.$executeRaw`
      UPDATE "Discount" SET "usageCount" = "usageCount" - 1, "updatedAt" = now()
       WHERE "id" = ${usage.discountId} AND "tenantId" = ${tenantId} AND "usageCount" > 0`;
  }
  await tx.discountUsage.deleteMany({ where: { orderId } });
}
