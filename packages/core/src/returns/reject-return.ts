import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { assertReturnStatus, claimReturnStatus, findReturn } from './return-rules.ts';

/** The merchant declines a return before anything came back; its units become returnable again. */
export async function rejectReturn({
  db,
  tenantId,
  actor,
  returnId,
  reason,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  returnId: string;
  reason: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const found = await findReturn(tx, returnId);
    assertReturnStatus(found.status, ['requested', 'approved'], 'rejected');
    if (found.replacementOrderId) {
      const replacement = await tx.order.findFirst({
        where: { id: found.replacementOrderId },
        select: { status: true },
      });
      if (replacement && replacement.status !== 'cancelled') {
        throw preconditionFailed('This exchange has a replacement order; cancel that order first');
      }
    }
    await claimReturnStatus(tx, found.id, found.status, {
      status: 'rejected',
      rejectedAt: now,
      merchantNote: reason,
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId: found.orderId,
      type: 'return.rejected',
      message: `Return #${found.number} rejected: ${reason}`,
      actorId: actor.id,
      data: { returnId: found.id },
    });
    await emitDomainEvent(tx, tenantId, 'return.rejected', {
      returnId: found.id,
      orderId: found.orderId,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'return.reject',
      targetType: 'Return',
      targetId: found.id,
      before: { status: found.status },
      after: { status: 'rejected', reason },
    });
    return findReturn(tx, found.id);
  });
}
