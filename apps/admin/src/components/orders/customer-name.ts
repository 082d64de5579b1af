/** "Ada Lovelace", or null for a guest order or a customer who gave no name. */
export function customerName(
  customer: { firstName: string | null; lastName: string | null } | null,
): string | null {
  if (customer === null) return null;
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ').trim();
  return name === '' ? null : name;
}
