import type { TenantTransaction } from '@storeloom/db';

import type { OrderItemDraft } from '../orders/create-order-record.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import type { EstimateLine } from './estimate-lines.ts';

/**
 * Estimate lines as order lines, keeping every cost field:
 * - whole-unit lines keep quantity, unit price and unit cost (costPrice);
 * - fractional materials (2.5 m of fabric) become one line whose price and cost are the totals,
 *   with the measure in the name, because order quantities are whole units;
 * - labour becomes one line with its hours and the hourly *cost* as `labourRate`, so the order's
 *   labour cost (hours x rate) equals the estimate's, and costPrice carries the same total.
 */
export async function orderLinesFromEstimate(
  tx: TenantTransaction,
  lines: readonly EstimateLine[],
  currency: string,
): Promise<OrderItemDraft[]> {
  const variantIds = lines.flatMap((line) => (line.variantId ? [line.variantId] : []));
  const variants = await tx.productVariant.findMany({
    where: { id: { in: variantIds } },
    select: { id: true, productId: true, title: true, sku: true },
  });
  return lines.map((line): OrderItemDraft => {
    const variant = variants.find((candidate) => candidate.id === line.variantId);
    const base = {
      productId: variant?.productId ?? null,
      variantId: variant?.id ?? null,
      variantTitle: variant?.title ?? null,
      sku: variant?.sku ?? null,
      discountAmount: 0,
      taxAmount: 0,
      total: line.total,
      isMaterial: line.kind === 'material',
      isLabour: line.kind === 'labour',
    };
    if (line.kind === 'labour') {
      return {
        ...base,
        name: line.name,
        unitPrice: line.total,
        quantity: 1,
        costPrice: line.costTotal,
        hours: line.hours,
        labourRate: line.unitCost,
      };
    }
    if (Number.isInteger(line.quantity)) {
      return {
        ...base,
        name: line.name,
        unitPrice: line.unitPrice,
        quantity: line.quantity,
        costPrice: line.unitCost,
        hours: null,
        labourRate: null,
      };
    }
    return {
      ...base,
      name: `${line.name} (${line.quantity} × ${formatAmount(line.unitPrice, currency)})`,
      unitPrice: line.total,
      quantity: 1,
      costPrice: line.costTotal,
      hours: null,
      labourRate: null,
    };
  });
}
