import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { findEstimate } from './estimate-rules.ts';

/** Deletes an estimate nobody has agreed to; accepted and converted ones are records of a deal. */
export async function deleteEstimate({
  db,
  tenantId,
  actor,
  estimateId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  estimateId: string;
}) {
  return db.$transaction(async (tx) => {
    const estimate = await findEstimate(tx, estimateId);
    if (estimate.status === 'accepted' || estimate.status === 'converted') {
      throw preconditionFailed(`An estimate that is ${estimate.status} cannot be deleted`);
    }
    const { count } = await tx.estimate.deleteMany({
      where: { id: estimate.id, status: { notIn: ['accepted', 'converted'] } },
    });
    if (count !== 1) throw conflict('The estimate changed meanwhile; reload it and try again');
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'estimate.delete',
      targetType: 'Estimate',
      targetId: estimate.id,
      before: { number: estimate.number, status: estimate.status, total: estimate.total },
    });
    return { estimateId: estimate.id, deleted: true };
  });
}
