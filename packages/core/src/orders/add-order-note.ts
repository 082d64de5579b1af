import type { NoteVisibility, TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { addOrderEvent } from './order-timeline.ts';

/** A note on an order: internal for the team, or visible to the customer on their order page. */
export async function addOrderNote({
  db,
  tenantId,
  actor,
  orderId,
  body,
  visibility,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  body: string;
  visibility: NoteVisibility;
}) {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id: orderId }, select: { id: true } });
    if (!order) throw notFound('Order');
    const note = await tx.orderNote.create({
      data: { tenantId, orderId, authorId: actor.id, body, visibility },
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId,
      type: 'note.added',
      message: visibility === 'customer' ? 'Note added for the customer' : 'Internal note added',
      actorId: actor.id,
      data: { noteId: note.id },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.note.add',
      targetType: 'OrderNote',
      targetId: note.id,
      after: { orderId, visibility },
    });
    return note;
  });
}
