import type { TenantClient } from '@storeloom/db';
import type { EstimateDocument, EstimateMaterialLine } from '@storeloom/validators';

import { addressFromColumns } from '../customer-accounts/address-record.ts';
import { notFound } from '../errors/domain-error.ts';
import { estimateDeposit } from '../estimates/estimate-deposit.ts';
import { effectiveEstimateStatus } from '../estimates/estimate-rules.ts';
import { addressLines } from './document-party.ts';
import { loadDocumentBranding } from './load-document-branding.ts';

const sum = (lines: readonly { total: number }[]) =>
  lines.reduce((total, line) => total + line.total, 0);

/**
 * The estimate as the customer reads it: prices and totals, never costs, markup or margin (the
 * query lists what it reads). Materials, labour (hours x hourly rate) and other lines are
 * separate sections with their subtotals. An estimate waiting past its validity date reads as
 * expired. Issued on the day it was sent, or created when it is still a draft.
 */
export async function loadEstimateDocument({
  db,
  tenantId,
  estimateId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  estimateId: string;
  now?: Date;
}): Promise<EstimateDocument> {
  const estimate = await db.estimate.findFirst({
    where: { id: estimateId },
    select: {
      number: true,
      title: true,
      status: true,
      customerName: true,
      customerEmail: true,
      currency: true,
      validUntil: true,
      notes: true,
      terms: true,
      subtotal: true,
      discountTotal: true,
      taxTotal: true,
      total: true,
      depositBps: true,
      sentAt: true,
      createdAt: true,
      // The customer's default billing (else shipping) address, printed under their name.
      customer: {
        select: {
          addresses: {
            where: { OR: [{ isDefaultBilling: true }, { isDefaultShipping: true }] },
            orderBy: { isDefaultBilling: 'desc' },
            take: 1,
          },
        },
      },
      items: {
        orderBy: { position: 'asc' },
        select: {
          kind: true,
          name: true,
          description: true,
          quantity: true,
          unitPrice: true,
          hours: true,
          labourRate: true,
          total: true,
        },
      },
    },
  });
  if (!estimate) throw notFound('Estimate');

  const itemLine = (item: (typeof estimate.items)[number]): EstimateMaterialLine => ({
    name: item.name,
    description: item.description,
    quantity: item.quantity.toNumber(),
    unitPrice: item.unitPrice,
    total: item.total,
  });
  const materials = estimate.items.filter((item) => item.kind === 'material').map(itemLine);
  const other = estimate.items.filter((item) => item.kind === 'other').map(itemLine);
  const labour = estimate.items
    .filter((item) => item.kind === 'labour')
    .map((item) => ({
      name: item.name,
      description: item.description,
      // `hours` is set on labour lines; the quantity holds the same hours on any row without it.
      hours: (item.hours ?? item.quantity).toNumber(),
      rate: item.labourRate ?? item.unitPrice,
      total: item.total,
    }));
  const depositAmount = estimateDeposit(estimate);
  const branding = await loadDocumentBranding({ db, tenantId });
  const address = estimate.customer?.addresses[0];

  return {
    branding,
    estimateNumber: estimate.number,
    title: estimate.title,
    status: effectiveEstimateStatus(estimate, now),
    issueDate: estimate.sentAt ?? estimate.createdAt,
    validUntil: estimate.validUntil,
    currency: estimate.currency,
    customer: {
      name: estimate.customerName,
      lines: address ? addressLines(addressFromColumns(address), branding.locale) : [],
      email: estimate.customerEmail,
      phone: address?.phone ?? null,
    },
    materials,
    labour,
    other,
    materialsSubtotal: sum(materials),
    labourSubtotal: sum(labour),
    otherSubtotal: sum(other),
    subtotal: estimate.subtotal,
    discountTotal: estimate.discountTotal,
    taxTotal: estimate.taxTotal,
    total: estimate.total,
    deposit:
      depositAmount === null || estimate.depositBps === null
        ? null
        : { amount: depositAmount, bps: estimate.depositBps },
    notes: estimate.notes,
    terms: estimate.terms,
  };
}
