import type { OrderStatus, Prisma, TenantTransaction } from '@storeloom/db';

import { conflict } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { addOrderEvent } from './order-timeline.ts';
import { assertTransition, orderStatusLabel } from './order-state-machine.ts';

export interface StatusMove {
  tenantId: string;
  orderId: string;
  from: OrderStatus;
  to: OrderStatus;
  actorId: string | null;
  /** Facets and timestamps that change together with the status. */
  data?: Omit<Prisma.OrderUpdateManyMutationInput, 'status'>;
}

/**
 * Moves an order along the state machine: refuses moves it does not allow, updates only if the
 * status is still `from` (a concurrent change makes this a CONFLICT instead of a lost update), and
 * records the move on the timeline and in the outbox.
 */
export async function moveOrderStatus(tx: TenantTransaction, move: StatusMove): Promise<void> {
  assertTransition(move.from, move.to);
  const { count } = await tx.order.updateMany({
    where: { id: move.orderId, status: move.from },
    data: { ...move.data, status: move.to },
  });
  if (count !== 1) throw conflict('The order changed meanwhile; reload it and try again');
  await addOrderEvent(tx, {
    tenantId: move.tenantId,
    orderId: move.orderId,
    type: 'order.status_changed',
    message: `Status changed from ${orderStatusLabel(move.from)} to ${orderStatusLabel(move.to)}`,
    actorId: move.actorId,
    data: { from: move.from, to: move.to },
  });
  await emitDomainEvent(tx, move.tenantId, 'order.status_changed', {
    orderId: move.orderId,
    from: move.from,
    to: move.to,
  });
}
