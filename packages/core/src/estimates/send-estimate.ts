import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashOpaqueToken, newOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { findEstimate, withNumericQuantities } from './estimate-rules.ts';

/**
 * Marks the estimate sent and creates its public link: a random token of which only the hash is
 * stored. The raw token is returned this once, for the email to the customer. Sending again
 * replaces the link.
 */
export async function sendEstimate({
  db,
  tenantId,
  actor,
  estimateId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  estimateId: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const estimate = await findEstimate(tx, estimateId);
    if (estimate.status !== 'draft' && estimate.status !== 'sent') {
      throw preconditionFailed(`An estimate that is ${estimate.status} cannot be sent`);
    }
    if (estimate.items.length === 0)
      throw preconditionFailed('Add at least one line before sending');
    if (estimate.validUntil && estimate.validUntil.getTime() <= now.getTime()) {
      throw preconditionFailed('This estimate has expired; change its validity date first');
    }
    const token = newOpaqueToken();
    const { count } = await tx.estimate.updateMany({
      where: { id: estimate.id, status: estimate.status },
      data: { status: 'sent', sentAt: now, acceptTokenHash: hashOpaqueToken(token) },
    });
    if (count !== 1) throw conflict('The estimate changed meanwhile; reload it and try again');
    await emitDomainEvent(tx, tenantId, 'estimate.sent', { estimateId: estimate.id });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'estimate.send',
      targetType: 'Estimate',
      targetId: estimate.id,
      before: { status: estimate.status },
      after: { status: 'sent' },
    });
    return { estimate: withNumericQuantities(await findEstimate(tx, estimate.id)), token };
  });
}
