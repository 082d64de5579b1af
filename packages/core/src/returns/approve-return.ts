import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { assertReturnStatus, claimReturnStatus, findReturn } from './return-rules.ts';

/** The merchant accepts a requested return; the shopper can send the items back. */
export async function approveReturn({
  db,
  tenantId,
  actor,
  returnId,
  note,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  returnId: string;
  note?: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const found = await findReturn(tx, returnId);
    assertReturnStatus(found.status, ['requested'], 'approved');
    await claimReturnStatus(tx, found.id, 'requested', {
      status: 'approved',
      approvedAt: now,
      merchantNote: note ?? found.merchantNote,
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId: found.orderId,
      type: 'return.approved',
      message: `Return #${found.number} approved`,
      actorId: actor.id,
      data: { returnId: found.id },
    });
    await emitDomainEvent(tx, tenantId, 'return.approved', {
      returnId: found.id,
      orderId: found.orderId,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'return.approve',
      targetType: 'Return',
      targetId: found.id,
      before: { status: found.status },
      after: { status: 'approved' },
    });
    return findReturn(tx, found.id);
  });
}
