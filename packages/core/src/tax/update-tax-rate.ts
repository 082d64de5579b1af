import type { TenantClient } from '@storeloom/db';
import type { UpdateTaxRateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertTaxRateSlotFree, loadTaxRateRow } from './tax-rate-rules.ts';

export async function updateTaxRate({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: UpdateTaxRateInput;
}) {
  return db.$transaction(async (tx) => {
    const { taxRateId, region, ...changes } = input;
    const before = await loadTaxRateRow(tx, taxRateId);
    const data = { ...changes, ...(region === undefined ? {} : { region: region ?? '' }) };
    const country = data.country ?? before.country;
    const nextRegion = data.region ?? before.region;
    if (country !== before.country || nextRegion !== before.region) {
      await assertTaxRateSlotFree(tx, { country, region: nextRegion }, taxRateId);
    }
    const after = await tx.taxRate.update({ where: { id: taxRateId }, data });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'tax.rate.update',
      targetType: 'TaxRate',
      targetId: taxRateId,
      before,
      after,
    });
    return after;
  });
}
