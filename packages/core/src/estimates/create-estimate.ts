import type { TenantClient } from '@storeloom/db';
import type { CreateEstimateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { nextCounterValue } from '../counters/next-counter-value.ts';
import { findEstimate, withNumericQuantities } from './estimate-rules.ts';
import { estimateFieldsFrom } from './save-estimate-fields.ts';

/** A draft estimate in the store's currency, numbered from the store's estimate sequence. */
export async function createEstimate({
  db,
  tenantId,
  actor,
  now = new Date(),
  ...input
}: { db: TenantClient; tenantId: string; actor: Actor; now?: Date } & CreateEstimateInput) {
  return db.$transaction(async (tx) => {
    const { fields, lines } = await estimateFieldsFrom(tx, input, now);
    const store = await tx.tenant.findFirstOrThrow({ select: { currency: true } });
    const number = await nextCounterValue(tx, tenantId, 'estimate');
    const estimate = await tx.estimate.create({
      data: {
        ...fields,
        tenantId,
        number,
        currency: store.currency,
        createdById: actor.id,
        items: { create: lines.map((line) => ({ ...line, tenantId })) },
      },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'estimate.create',
      targetType: 'Estimate',
      targetId: estimate.id,
      after: { number, title: fields.title, total: fields.total },
    });
    return withNumericQuantities(await findEstimate(tx, estimate.id));
  });
}
