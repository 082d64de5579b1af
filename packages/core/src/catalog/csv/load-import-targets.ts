import type { TenantTransaction } from '@storeloom/db';
import type { ProductCsvRejection, ProductStatus } from '@storeloom/validators';

import type { ExistingOption } from '../sync-product-options.ts';
import type { PlannedProduct } from './plan-product-import.ts';

export interface ExistingVariant {
  id: string;
  sku: string;
  title: string;
  position: number;
  price: number;
  compareAtPrice: number | null;
  costPrice: number | null;
  weightGrams: number;
  barcode: string | null;
  optionValueIds: string[];
  /** Over all locations: a variant the file drops must hold no stock anywhere. */
  onHandTotal: number;
  reservedTotal: number;
  /** Counted stock is set at the default location, and cannot go below what is reserved there. */
  reservedAtDefault: number;
}

export interface ExistingProduct {
  id: string;
  title: string;
  status: ProductStatus;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  categoryIds: string[];
  options: ExistingOption[];
  variants: ExistingVariant[];
}

export interface ImportTargets {
  productsByHandle: Map<string, ExistingProduct>;
  categoryIdBySlug: Map<string, string>;
  defaultLocationId: string | null;
  rejected: ProductCsvRejection[];
}

/**
 * Reads what the import will touch and refuses rows the store contradicts: unknown category
 * slugs, a SKU that belongs to another product, variants the file drops that still hold stock,
 * and stock for a store without a default location or below what is reserved.
 */
export async function loadImportTargets(
  tx: TenantTransaction,
  products: readonly PlannedProduct[],
): Promise<ImportTargets> {
  const rejected: ProductCsvRejection[] = [];
  const slugs = [...new Set(products.flatMap((p) => p.categorySlugs))];
  const categories = await tx.category.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
  });
  const categoryIdBySlug = new Map(categories.map((c) => [c.slug, c.id]));
  for (const product of products) {
    const unknown = product.categorySlugs.filter((slug) => !categoryIdBySlug.has(slug));
    if (unknown.length > 0) {
      rejected.push({
        row: product.row,
        column: 'category_slugs',
        message: `Unknown category slug ${unknown.join(', ')}`,
      });
    }
  }

  const location = await tx.inventoryLocation.findFirst({
    where: { isDefault: true },
    select: { id: true },
  });
  const defaultLocationId = location?.id ?? null;
  const productsByHandle = await loadExisting(
    tx,
    products.map((p) => p.handle),
    defaultLocationId,
  );

  const fileSkus = products.flatMap((p) => p.variants.map((v) => v.sku));
  const owners = await tx.productVariant.findMany({
    where: { sku: { in: fileSkus } },
    select: { sku: true, product: { select: { slug: true } } },
  });
  const ownerBySku = new Map(owners.map((o) => [o.sku, o.product.slug]));

  for (const product of products) {
    const existing = productsByHandle.get(product.handle);
    const inFile = new Set(product.variants.map((v) => v.sku));
    for (const variant of product.variants) {
      const owner = ownerBySku.get(variant.sku);
      if (owner !== undefined && owner !== product.handle) {
        rejected.push({
          row: variant.row,
          column: 'sku',
          message: `The SKU ${variant.sku} belongs to another product (${owner})`,
        });
      }
      if (variant.stock === null) continue;
      if (!defaultLocationId) {
        rejected.push({
          row: variant.row,
          column: 'stock',
          message: 'The store has no default location to count stock at',
        });
        continue;
      }
      const reserved =
        existing?.variants.find((v) => v.sku === variant.sku)?.reservedAtDefault ?? 0;
      if (variant.stock < reserved) {
        rejected.push({
          row: variant.row,
          column: 'stock',
          message: `${reserved} units of ${variant.sku} are reserved; stock cannot be set below that`,
        });
      }
    }
    for (const dropped of existing?.variants.filter((v) => !inFile.has(v.sku)) ?? []) {
      if (dropped.onHandTotal > 0 || dropped.reservedTotal > 0) {
        rejected.push({
          row: product.row,
          message: `${dropped.sku} of ${product.handle} is not in the file but still has ${dropped.onHandTotal} units on hand; include it or set its stock to 0 first`,
        });
      }
    }
  }
  return { productsByHandle, categoryIdBySlug, defaultLocationId, rejected };
}

async function loadExisting(
  tx: TenantTransaction,
  handles: readonly string[],
  defaultLocationId: string | null,
): Promise<Map<string, ExistingProduct>> {
  const rows = await tx.product.findMany({
    where: { slug: { in: [...handles] } },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      vendor: true,
      productType: true,
      tags: true,
      categories: { orderBy: { position: 'asc' }, select: { categoryId: true } },
      options: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          values: {
            orderBy: [{ position: 'asc' }, { value: 'asc' }],
            select: { id: true, value: true },
          },
        },
      },
      variants: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          sku: true,
          title: true,
          position: true,
          price: true,
          compareAtPrice: true,
          costPrice: true,
          weightGrams: true,
          barcode: true,
          optionValues: { select: { optionValueId: true } },
          inventoryLevels: { select: { locationId: true, onHand: true, reserved: true } },
        },
      },
    },
  });
  const result = new Map<string, ExistingProduct>();
  for (const { slug, categories, variants, ...product } of rows) {
    result.set(slug, {
      ...product,
      categoryIds: categories.map((c) => c.categoryId),
      variants: variants.map(({ optionValues, inventoryLevels, ...variant }) => {
        const atDefault = inventoryLevels.find((l) => l.locationId === defaultLocationId);
        return {
          ...variant,
          optionValueIds: optionValues.map((link) => link.optionValueId),
          onHandTotal: inventoryLevels.reduce((sum, l) => sum + l.onHand, 0),
          reservedTotal: inventoryLevels.reduce((sum, l) => sum + l.reserved, 0),
          reservedAtDefault: atDefault?.reserved ?? 0,
        };
      }),
    });
  }
  return result;
}
