import type { TenantTransaction } from '@storeloom/db';

import { conflict, notFound } from '../errors/domain-error.ts';

export async function loadTaxRateRow(tx: TenantTransaction, taxRateId: string) {
  const rate = await tx.taxRate.findUnique({ where: { id: taxRateId } });
  if (!rate) throw notFound('Tax rate');
  return rate;
}

/** One rate per country and region: a second one would make the applicable rate ambiguous. */
export async function assertTaxRateSlotFree(
  tx: TenantTransaction,
  { country, region }: { country: string; region: string },
  exceptTaxRateId?: string,
): Promise<void> {
  const taken = await tx.taxRate.findFirst({
    where: { country, region, ...(exceptTaxRateId ? { id: { not: exceptTaxRateId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    throw conflict(
      region
        ? `There is already a tax rate for ${country}-${region}`
        : `There is already a country-wide tax rate for ${country}`,
    );
  }
}
