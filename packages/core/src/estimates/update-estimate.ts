import type { TenantClient } from '@storeloom/db';
import type { UpdateEstimateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { assertEditable, findEstimate, withNumericQuantities } from './estimate-rules.ts';
import { estimateFieldsFrom } from './save-estimate-fields.ts';

/**
 * Saves the whole estimate (fields and lines). A sent estimate goes back to draft and its public
 * link stops working: the customer must not accept terms that changed under them.
 */
export async function updateEstimate({
  db,
  tenantId,
  actor,
  estimateId,
  now = new Date(),
  ...input
}: { db: TenantClient; tenantId: string; actor: Actor; now?: Date } & UpdateEstimateInput) {
  return db.$transaction(async (tx) => {
    const before = await findEstimate(tx, estimateId);
    assertEditable(before.status);
    const { fields, lines } = await estimateFieldsFrom(tx, input, now);
    const { count } = await tx.estimate.updateMany({
      where: { id: before.id, status: before.status },
      data: { ...fields, status: 'draft', acceptTokenHash: null, sentAt: null },
    });
    if (count !== 1) throw conflict('The estimate changed meanwhile; reload it and try again');
    await tx.estimateItem.deleteMany({ where: { estimateId: before.id } });
    await tx.estimateItem.createMany({
      data: lines.map((line) => ({ ...line, tenantId, estimateId: before.id })),
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'estimate.update',
      targetType: 'Estimate',
      targetId: before.id,
      before: { status: before.status, title: before.title, total: before.total },
      after: { status: 'draft', title: fields.title, total: fields.total },
    });
    return withNumericQuantities(await findEstimate(tx, before.id));
  });
}
