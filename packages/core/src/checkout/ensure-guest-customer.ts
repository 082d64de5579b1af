import type { TenantTransaction } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

/**
 * The customer row a guest order is filed under, so the merchant sees who bought: the store's
 * existing customer with that email, or a new one without a password (the shopper can claim it
 * by signing up). A transaction-scoped advisory lock on the email makes concurrent guest
 * checkouts with one email share one row instead of colliding on the unique key.
 */
export async function ensureGuestCustomer(
  tx: TenantTransaction,
  {
    tenantId,
    email,
    phone,
    address,
  }: { tenantId: string; email: string; phone: string | null; address: Address },
): Promise<string> {
  const normalized = email.trim().toLowerCase();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`customer:${tenantId}:${normalized}`}, 0))`;
  const existing = await tx.customer.findFirst({
    where: { email: normalized },
    select: { id: true },
  });
  if (existing) return existing.id;
  const created = await tx.customer.create({
    data: {
      tenantId,
      email: normalized,
      firstName: address.firstName,
      lastName: address.lastName,
      phone,
    },
    select: { id: true },
  });
  return created.id;
}
