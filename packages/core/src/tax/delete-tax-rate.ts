import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadTaxRateRow } from './tax-rate-rules.ts';

export async function deleteTaxRate({
  db,
  tenantId,
  actor,
  taxRateId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  taxRateId: string;
}) {
  return db.$transaction(async (tx) => {
    const before = await loadTaxRateRow(tx, taxRateId);
    await tx.taxRate.delete({ where: { id: taxRateId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'tax.rate.delete',
      targetType: 'TaxRate',
      targetId: taxRateId,
      before,
    });
    return { taxRateId };
  });
}
