import type { Prisma } from '@storeloom/db';

import type { Shopper } from '../cart/shopper.ts';
import { notFound } from '../errors/domain-error.ts';
import { shopperOrderWhere } from '../payments/shopper-order-where.ts';

/**
 * Where one order is found for the shopper who placed it: the signed-in account's own order (as
 * the account shows it), or a guest order placed from the cart behind this browser's cookie. A
 * request with neither finds nothing, so a guessed order id answers NOT_FOUND like a foreign one.
 */
export function placedOrderWhere(shopper: Shopper, orderId: string): Prisma.OrderWhereInput {
  const visible = shopperOrderWhere(shopper);
  if (!visible) throw notFound('Order');
  return { AND: [{ id: orderId }, visible] };
}
