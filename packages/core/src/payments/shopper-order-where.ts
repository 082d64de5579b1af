import type { Prisma } from '@storeloom/db';

import { guestCartWhere } from '../cart/find-shopper-cart.ts';
import type { Shopper } from '../cart/shopper.ts';
import { ownOrdersWhere } from '../customer-accounts/own-orders-where.ts';

/**
 * The orders a shopper may pay: a signed-in customer's own (as their account shows them), or a
 * guest's order placed from the cart behind their cookie. Null: none at all.
 */
export function shopperOrderWhere(shopper: Shopper): Prisma.OrderWhereInput | null {
  const cart = guestCartWhere(shopper.cartToken);
  const ways: Prisma.OrderWhereInput[] = [
    ...(shopper.customer ? [ownOrdersWhere(shopper.customer)] : []),
    ...(cart ? [{ checkout: { is: { cart } } }] : []),
  ];
  return ways.length > 0 ? { OR: ways } : null;
}
