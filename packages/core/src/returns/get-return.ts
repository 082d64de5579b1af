import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** One return with its lines (and what was ordered), its order's money, refunds and exchange. */
export async function getReturn({ db, returnId }: { db: TenantClient; returnId: string }) {
  const found = await db.return.findFirst({
    where: { id: returnId },
    include: {
      items: {
        include: {
          orderItem: {
            select: {
              id: true,
              name: true,
              variantTitle: true,
              sku: true,
              variantId: true,
              unitPrice: true,
              quantity: true,
              total: true,
            },
          },
        },
      },
      order: {
        select: {
          id: true,
          number: true,
          email: true,
          status: true,
          currency: true,
          paidTotal: true,
          refundedTotal: true,
          shippingTotal: true,
        },
      },
      refunds: { orderBy: { createdAt: 'asc' } },
      replacementOrder: { select: { id: true, number: true, status: true } },
    },
  });
  if (!found) throw notFound('Return');
  return found;
}
