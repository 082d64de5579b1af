import type { TenantClient } from '@storeloom/db';
import type { ShippingQuoteRequest } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { loadShippingSetup } from './load-shipping-setup.ts';
import { quoteShipping } from './quote-shipping.ts';

/** What a shopper at this address would be offered for an order of this weight and value. */
export async function previewShippingQuote({
  db,
  tenantId,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  input: ShippingQuoteRequest;
}) {
  return db.$transaction(async (tx) => {
    const store = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!store) throw notFound('Store');
    return quoteShipping(await loadShippingSetup(tx), {
      destination: { country: input.country, region: input.region ?? null },
      currency: store.currency,
      weightGrams: input.weightGrams,
      orderValue: input.subtotal,
    });
  });
}
