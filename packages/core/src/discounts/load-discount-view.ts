import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { discountViewInclude, toDiscountView } from './discount-view.ts';

/** One discount of the store as the admin sees it; another store's is not found. */
export async function loadDiscountView(tx: TenantTransaction, discountId: string, now: Date) {
  const row = await tx.discount.findUnique({
    where: { id: discountId },
    include: discountViewInclude,
  });
  if (!row) throw notFound('Discount');
  return toDiscountView(row, now);
}
