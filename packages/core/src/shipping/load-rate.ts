import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

export async function loadRate(tx: TenantTransaction, rateId: string) {
  const rate = await tx.shippingRate.findUnique({ where: { id: rateId } });
  if (!rate) throw notFound('Shipping rate');
  return rate;
}
