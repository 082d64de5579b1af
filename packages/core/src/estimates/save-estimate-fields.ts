import type { TenantTransaction } from '@storeloom/db';
import type { CreateEstimateInput } from '@storeloom/validators';

import { badRequest, notFound } from '../errors/domain-error.ts';
import { estimateTotals, priceEstimateLine } from './estimate-lines.ts';

/**
 * What create and update share: the customer (a customer of the store, or a name and email),
 * the validity date, every line priced on the server and the totals with costs and margin.
 */
export async function estimateFieldsFrom(
  tx: TenantTransaction,
  input: CreateEstimateInput,
  now: Date,
) {
  let customerName = input.customerName ?? null;
  let customerEmail = input.customerEmail ?? null;
  if (input.customerId) {
    const customer = await tx.customer.findFirst({ where: { id: input.customerId } });
    if (!customer) throw notFound('Customer');
    const fullName = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
    customerName ??= fullName || customer.email;
    customerEmail ??= customer.email;
  }
  if (!customerName || !customerEmail) throw badRequest("Give the customer's name and email");
  if (input.validUntil && input.validUntil.getTime() <= now.getTime()) {
    throw badRequest('The validity date must be in the future');
  }

  const variantIds = input.items.flatMap((item) => (item.variantId ? [item.variantId] : []));
  if (variantIds.length > 0) {
    const found = await tx.productVariant.count({ where: { id: { in: variantIds } } });
    if (found !== new Set(variantIds).size) throw notFound('Product variant');
  }
  const lines = input.items.map((item, position) => priceEstimateLine(item, position));
  return {
    fields: {
      customerId: input.customerId ?? null,
      customerName,
      customerEmail,
      title: input.title,
      validUntil: input.validUntil ?? null,
      notes: input.notes ?? null,
      terms: input.terms ?? null,
      depositBps: input.depositBps ?? null,
      ...estimateTotals(lines),
    },
    lines,
  };
}
