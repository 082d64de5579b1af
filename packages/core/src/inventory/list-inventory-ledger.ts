import type { TenantClient } from '@storeloom/db';

import { DomainError, notFound } from '../errors/domain-error.ts';
import { variantLabel } from './variant-label.ts';

/** A variant's stock history, newest first, optionally at one location; cursor-paginated. */
export async function listInventoryLedger({
  db,
  variantId,
  locationId,
  cursor,
  limit,
}: {
  db: TenantClient;
  variantId: string;
  locationId?: string;
  cursor?: string;
  limit: number;
}) {
  const variant = await db.productVariant.findFirst({
    where: { id: variantId },
    select: { id: true, sku: true, title: true, product: { select: { title: true } } },
  });
  if (!variant) throw new DomainError('NOT_FOUND', 'Product variant not found');
  if (locationId && !(await db.inventoryLocation.findFirst({ where: { id: locationId } }))) {
    throw notFound('Location');
  }
  const rows = await db.inventoryTransaction.findMany({
    where: { variantId, ...(locationId ? { locationId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      delta: true,
      balanceAfter: true,
      reason: true,
      referenceType: true,
      referenceId: true,
      note: true,
      actorId: true,
      location: { select: { id: true, name: true, code: true } },
    },
  });
  const entries = rows.slice(0, limit);
  return {
    variant: {
      id: variant.id,
      sku: variant.sku,
      label: variantLabel(variant.product.title, variant.title),
    },
    entries,
    nextCursor: rows.length > limit ? (entries.at(-1)?.id ?? null) : null,
  };
}
