import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { forbidden, notFound } from '../errors/domain-error.ts';
import { addOrderEvent } from './order-timeline.ts';

/** Members delete their own notes only; the timeline keeps that a note existed. */
export async function deleteOrderNote({
  db,
  tenantId,
  actor,
  noteId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  noteId: string;
}) {
  return db.$transaction(async (tx) => {
    const note = await tx.orderNote.findFirst({ where: { id: noteId } });
    if (!note) throw notFound('Note');
    if (!note.authorId || note.authorId !== actor.id) {
      throw forbidden('You can only delete notes you wrote');
    }
    await tx.orderNote.delete({ where: { id: note.id } });
    await addOrderEvent(tx, {
      tenantId,
      orderId: note.orderId,
      type: 'note.deleted',
      message: 'A note was deleted',
      actorId: actor.id,
      data: { noteId: note.id },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.note.delete',
      targetType: 'OrderNote',
      targetId: note.id,
      before: { orderId: note.orderId, body: note.body, visibility: note.visibility },
    });
    return { noteId: note.id, deleted: true };
  });
}
