import type { Prisma } from '@storeloom/db';

/** The part of a signed-in shopper that decides which orders are theirs to see. */
export interface OrderViewer {
  id: string;
  /** Null: every order under the account. Otherwise only orders placed from then on. */
  ordersVisibleSince: Date | null;
}

/**
 * The orders a shopper may see and act on. Guest orders placed before the account was claimed
 * stay hidden until the email is verified: signing up with someone's email must not reveal
 * their orders or addresses.
 */
export function ownOrdersWhere(viewer: OrderViewer): Prisma.OrderWhereInput {
  return {
    customerId: viewer.id,
    ...(viewer.ordersVisibleSince ? { placedAt: { gte: viewer.ordersVisibleSince } } : {}),
  };
}

/** Unverified accounts see orders from their registration on; verified ones see them all. */
export function ordersVisibleSince(customer: {
  emailVerifiedAt: Date | null;
  registeredAt: Date | null;
}): Date | null {
  return customer.emailVerifiedAt ? null : customer.registeredAt;
}
