import type { TenantClient } from '@storeloom/db';

import { loadDiscountView } from './load-discount-view.ts';

export async function getDiscount({
  db,
  discountId,
  now = new Date(),
}: {
  db: TenantClient;
  discountId: string;
  now?: Date;
}) {
  return db.$transaction((tx) => loadDiscountView(tx, discountId, now));
}
