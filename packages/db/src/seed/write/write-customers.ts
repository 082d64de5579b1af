import type { CustomerPlan } from '../generate/customers';
import type { Tx } from './tx';

const day = 86_400_000;

/**
 * Store customers by email. Every seeded shopper gets the demo password's hash, so the storefront
 * sign-in can be tried with any of them. Addresses are added only for customers created now.
 */
export async function writeCustomers(
  tx: Tx,
  { tenantId, now, passwordHash }: { tenantId: string; now: Date; passwordHash: string },
  customers: readonly CustomerPlan[],
): Promise<Map<string, string>> {
  const before = await tx.customer.findMany({ where: { tenantId }, select: { email: true } });
  const existed = new Set(before.map((row) => row.email));
  await tx.customer.createMany({
    skipDuplicates: true,
    data: customers.map((customer) => {
      const createdAt = new Date(now.getTime() - customer.ageDays * day);
      return {
        tenantId,
        email: customer.email,
        firstName: customer.firstName,
        lastName: customer.lastName,
        phone: customer.phone,
        passwordHash,
        emailVerifiedAt: createdAt,
        acceptsMarketing: customer.acceptsMarketing,
        tags: customer.tags,
        createdAt,
      };
    }),
  });
  const rows = await tx.customer.findMany({
    where: { tenantId },
    select: { id: true, email: true },
  });
  const idByEmail = new Map(rows.map((row) => [row.email, row.id]));
  const addresses = customers.flatMap((customer) => {
    const customerId = idByEmail.get(customer.email);
    if (!customer.address || !customerId || existed.has(customer.email)) return [];
    return [
      {
        tenantId,
        customerId,
        ...customer.address,
        isDefaultShipping: true,
        isDefaultBilling: true,
      },
    ];
  });
  if (addresses.length > 0) await tx.customerAddress.createMany({ data: addresses });
  return idByEmail;
}
