import type { Prisma, TenantClient } from '@storeloom/db';
import type { ProductFilter, ProductSort, ProductStatus } from '@storeloom/validators';

import { DomainError } from '../errors/domain-error.ts';
import { productFilterWhere } from './product-filter.ts';

const orderBySort: Record<ProductSort, Prisma.ProductOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  created: [{ createdAt: 'desc' }, { id: 'desc' }],
  title: [{ title: 'asc' }, { id: 'asc' }],
};

export interface ProductListRow {
  id: string;
  title: string;
  slug: string;
  status: ProductStatus;
  vendor: string | null;
  productType: string | null;
  createdAt: Date;
  updatedAt: Date;
  variantCount: number;
  price: { min: number; max: number; currency: string } | null;
  /** Units available to sell over the variants that track stock; null when none does. */
  available: number | null;
  image: { mediaId: string; url: string; altText: string | null } | null;
}

/**
 * The merchant's product list: filtered, sorted, and paged by cursor (the last row's id), each
 * row with what the list shows: price range, stock, variant count and the first image.
 */
export async function listProducts({
  db,
  filter,
  sort,
  limit,
  cursor,
}: {
  db: TenantClient;
  filter: ProductFilter;
  sort: ProductSort;
  limit: number;
  cursor?: string | undefined;
}): Promise<{ items: ProductListRow[]; nextCursor: string | null }> {
  const rows = await db.$transaction(async (tx) => {
    if (cursor) {
      const anchor = await tx.product.findFirst({ where: { id: cursor }, select: { id: true } });
      if (!anchor) {
        throw new DomainError('NOT_FOUND', 'That page no longer exists; start from the first page');
      }
    }
    return tx.product.findMany({
      where: await productFilterWhere(tx, filter),
      orderBy: orderBySort[sort],
      take: limit + 1,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        vendor: true,
        productType: true,
        createdAt: true,
        updatedAt: true,
        variants: {
          select: {
            price: true,
            currency: true,
            trackInventory: true,
            inventoryLevels: { select: { onHand: true, reserved: true } },
          },
        },
        media: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          take: 1,
          select: { altText: true, mediaAsset: { select: { id: true, url: true, altText: true } } },
        },
      },
    });
  });
  const page = rows.slice(0, limit);
  const items = page.map(({ variants, media, ...product }): ProductListRow => {
    const prices = variants.map((v) => v.price);
    const tracked = variants.filter((v) => v.trackInventory);
    const image = media[0];
    return {
      ...product,
      variantCount: variants.length,
      price: variants[0]
        ? { min: Math.min(...prices), max: Math.max(...prices), currency: variants[0].currency }
        : null,
      available:
        tracked.length === 0
          ? null
          : tracked
              .flatMap((v) => v.inventoryLevels)
              .reduce((sum, l) => sum + Math.max(0, l.onHand - l.reserved), 0),
      image: image
        ? {
            mediaId: image.mediaAsset.id,
            url: image.mediaAsset.url,
            altText: image.altText ?? image.mediaAsset.altText,
          }
        : null,
    };
  });
  return { items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
