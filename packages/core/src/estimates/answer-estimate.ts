import type { TenantClient } from '@storeloom/db';

import { recordAudit } from '../audit/record-audit.ts';
import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { effectiveEstimateStatus } from './estimate-rules.ts';
import { findEstimateByToken, toPublicEstimate } from './public-estimate.ts';

export type EstimateAnswer = 'accepted' | 'declined';

/**
 * The customer accepts or declines through the link. Only a sent estimate that has not expired
 * can be answered; giving the same answer twice is harmless, changing it is refused.
 */
export async function answerEstimate({
  db,
  tenantId,
  token,
  answer,
  now,
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  answer: EstimateAnswer;
  now: Date;
}) {
  return db.$transaction(async (tx) => {
    const estimate = await findEstimateByToken(tx, token);
    const status = effectiveEstimateStatus(estimate, now);
    const same = status === answer || (answer === 'accepted' && status === 'converted');
    if (same) return toPublicEstimate(estimate, now);
    if (status === 'expired') throw preconditionFailed('This estimate has expired');
    if (status !== 'sent') throw preconditionFailed(`This estimate was already ${status}`);

    const { count } = await tx.estimate.updateMany({
      where: { id: estimate.id, status: 'sent' },
      data:
        answer === 'accepted'
          ? { status: 'accepted', acceptedAt: now }
          : { status: 'declined', declinedAt: now },
    });
    if (count !== 1) throw conflict('This estimate changed meanwhile; reload the page');
    await emitDomainEvent(tx, tenantId, `estimate.${answer}`, { estimateId: estimate.id });
    await recordAudit(tx, {
      tenantId,
      actor: { type: 'customer', id: estimate.customerId },
      action: answer === 'accepted' ? 'estimate.accept' : 'estimate.decline',
      targetType: 'Estimate',
      targetId: estimate.id,
      before: { status: estimate.status },
      after: { status: answer },
    });
    return toPublicEstimate(await findEstimateByToken(tx, token), now);
  });
}
