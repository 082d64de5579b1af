import type { TenantTransaction } from '@storeloom/db';

import { badRequest, conflict, DomainError } from '../errors/domain-error.ts';
import type { PricingLineInput } from './settle-checkout.ts';

export interface LoadedPricingLine extends PricingLineInput {
  categoryPaths: string[];
}

/**
 * The current catalogue facts of each requested line, in request order. A variant another store
 * owns is as unknown as one that never existed.
 */
export async function loadPricingLines(
  tx: TenantTransaction,
  lines: readonly { variantId: string; quantity: number }[],
): Promise<LoadedPricingLine[]> {
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw badRequest('Quantities are whole numbers of at least 1', { variantId: line.variantId });
    }
  }
  const variants = await tx.productVariant.findMany({
    where: { id: { in: [...new Set(lines.map((line) => line.variantId))] } },
    include: {
      product: {
        select: {
          title: true,
          status: true,
          categories: { select: { category: { select: { path: true } } } },
        },
      },
    },
  });
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  return lines.map(({ variantId, quantity }) => {
    const variant = byId.get(variantId);
    if (!variant) {
      throw new DomainError('NOT_FOUND', 'Product variant not found', { variantId });
    }
    if (variant.product.status !== 'active') {
      throw conflict(`${variant.product.title} is no longer available`);
    }
    return {
      variantId,
      productId: variant.productId,
      productTitle: variant.product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      quantity,
      unitPrice: variant.price,
      costPrice: variant.costPrice ?? 0,
      weightGrams: variant.weightGrams,
      categoryPaths: variant.product.categories.map((entry) => entry.category.path),
    };
  });
}
