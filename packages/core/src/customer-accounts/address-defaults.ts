import type { TenantTransaction } from '@storeloom/db';

/** Serialises edits of one address book (row lock on the customer), so two defaults never both win. */
export async function lockAddressBook(
  tx: TenantTransaction,
  { tenantId, customerId }: { tenantId: string; customerId: string },
): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Customer" WHERE "tenantId" = ${tenantId} AND "id" = ${customerId} FOR UPDATE`;
}

/** A book has one default of each kind: making `addressId` a default unsets the others. */
export async function clearOtherDefaults(
  tx: TenantTransaction,
  {
    customerId,
    addressId,
    shipping,
    billing,
  }: { customerId: string; addressId: string; shipping: boolean; billing: boolean },
): Promise<void> {
  if (shipping) {
    await tx.customerAddress.updateMany({
      where: { customerId, id: { not: addressId }, isDefaultShipping: true },
      data: { isDefaultShipping: false },
    });
  }
  if (billing) {
    await tx.customerAddress.updateMany({
      where: { customerId, id: { not: addressId }, isDefaultBilling: true },
      data: { isDefaultBilling: false },
    });
  }
}
