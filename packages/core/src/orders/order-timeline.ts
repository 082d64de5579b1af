import type { Prisma, TenantTransaction } from '@storeloom/db';

export interface OrderTimelineEntry {
  tenantId: string;
  orderId: string;
  /** Dotted like domain events: "payment.captured", "shipment.created", "note.added"... */
  type: string;
  /** One sentence the admin shows as is. */
  message: string;
  actorId?: string | null;
  data?: Prisma.InputJsonObject;
}

/** Appends to the order's timeline inside the caller's transaction. */
export async function addOrderEvent(tx: TenantTransaction, entry: OrderTimelineEntry) {
  await tx.orderEvent.create({
    data: {
      tenantId: entry.tenantId,
      orderId: entry.orderId,
      type: entry.type,
      message: entry.message,
      actorId: entry.actorId ?? null,
      data: entry.data ?? {},
    },
  });
}
