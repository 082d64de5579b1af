import type { TenantClient } from '@storeloom/db';
import type { CreateTaxRateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertTaxRateSlotFree } from './tax-rate-rules.ts';

/** Adds the rate for a country, or for one region of it (which then wins over the country's). */
export async function createTaxRate({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: CreateTaxRateInput;
}) {
  return db.$transaction(async (tx) => {
    const data = { ...input, region: input.region ?? '' };
    await assertTaxRateSlotFree(tx, data);
    const rate = await tx.taxRate.create({ data: { ...data, tenantId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'tax.rate.create',
      targetType: 'TaxRate',
      targetId: rate.id,
      after: rate,
    });
    return rate;
  });
}
