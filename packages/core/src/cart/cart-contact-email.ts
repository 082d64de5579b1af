import type { TenantTransaction } from '@storeloom/db';

/**
 * Where a cart's shopper can be reached: the signed-in customer's email, the email the cart was
 * opened with, or else the contact email given at the cart's latest checkout. Null for a guest
 * who has not reached checkout: nobody to remind.
 */
export async function cartContactEmail(
  tx: TenantTransaction,
  cartId: string,
): Promise<string | null> {
  const cart = await tx.cart.findFirst({
    where: { id: cartId },
    select: { email: true, customer: { select: { email: true } } },
  });
  if (!cart) return null;
  const known = cart.customer?.email ?? cart.email;
  if (known) return known;
  const checkout = await tx.checkoutSession.findFirst({
    where: { cartId, email: { not: null } },
    orderBy: { updatedAt: 'desc' },
    select: { email: true },
  });
  return checkout?.email ?? null;
}
