import type { TenantClient } from '@storeloom/db';

/** The store's tax rates by country, the country-wide rate before its regions. */
export async function listTaxRates({ db }: { db: TenantClient }) {
  return db.taxRate.findMany({ orderBy: [{ country: 'asc' }, { region: 'asc' }] });
}
