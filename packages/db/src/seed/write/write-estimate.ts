import type { EstimatePlan } from '../generate/estimate';
import type { Tx } from './tx';

/** The store's sample estimate (number 1), created once with its lines. */
export async function writeEstimate(
  tx: Tx,
  { tenantId, currency }: { tenantId: string; currency: string },
  plan: EstimatePlan,
  ids: { customerIdByEmail: Map<string, string>; variantIdBySku: Map<string, string> },
): Promise<void> {
  const exists = await tx.estimate.findUnique({
    where: { tenantId_number: { tenantId, number: plan.number } },
    select: { id: true },
  });
  if (exists) return;
  const { customer } = plan;
  await tx.estimate.create({
    data: {
      tenantId,
      number: plan.number,
      customerId: ids.customerIdByEmail.get(customer.email) ?? null,
      customerName: `${customer.firstName} ${customer.lastName}`,
      customerEmail: customer.email,
      title: plan.title,
      status: 'sent',
      currency,
      validUntil: plan.validUntil,
      notes: plan.notes,
      terms: plan.terms,
      subtotal: plan.subtotal,
      taxTotal: plan.taxTotal,
      total: plan.total,
      materialsCost: plan.materialsCost,
      labourCost: plan.labourCost,
      totalCost: plan.totalCost,
      profit: plan.profit,
      marginBps: plan.marginBps,
      depositBps: plan.depositBps,
      sentAt: plan.sentAt,
      createdAt: plan.createdAt,
      items: {
        createMany: {
          data: plan.lines.map((line) => ({
            tenantId,
            kind: line.kind,
            variantId: line.sku ? (ids.variantIdBySku.get(line.sku) ?? null) : null,
            name: line.name,
            description: line.description,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            unitCost: line.unitCost,
            hours: line.hours,
            labourRate: line.labourRate,
            total: line.total,
            costTotal: line.costTotal,
            position: line.position,
          })),
        },
      },
    },
  });
}
