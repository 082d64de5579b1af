import type { TenantClient } from '@storeloom/db';

let number = 10_000;

/** Test support: a bare order awaiting payment, for reservations to point at. */
export async function createTestOrder(db: TenantClient, tenantId: string): Promise<string> {
  number += 1;
  const order = await db.order.create({
    data: {
      tenantId,
      number,
      email: `buyer-${number}@example.com`,
      currency: 'USD',
      subtotal: 2500,
      total: 2500,
    },
  });
  return order.id;
}
