import type { CatalogPlan } from '../catalog/expand-catalog';
import type { StoredImage } from '../images';
import { imageMimeType } from '../images';
import { lowStockThreshold, planStock } from '../generate/inventory';
import { chunks, requireId, type Tx } from './tx';

export interface CatalogIds {
  productIdBySlug: Map<string, string>;
  variantIdBySku: Map<string, string>;
  categoryIdBySlug: Map<string, string>;
}

interface Scope {
  tenantId: string;
  storeSlug: string;
  currency: string;
  locationId: string;
  vendor: string;
  now: Date;
}

const day = 86_400_000;

/** Creates missing categories parents-first; `path` needs the row's own id, so it is set after. */
async function writeCategories(
  tx: Tx,
  scope: Scope,
  catalog: CatalogPlan,
): Promise<Map<string, string>> {
  const existing = await tx.category.findMany({
    where: { tenantId: scope.tenantId },
    select: { id: true, slug: true, path: true },
  });
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  for (const plan of catalog.categories) {
    if (bySlug.has(plan.slug)) continue;
    const parent = plan.parentSlug ? bySlug.get(plan.parentSlug) : undefined;
    const created = await tx.category.create({
      data: {
        tenantId: scope.tenantId,
        parentId: parent?.id ?? null,
        name: plan.name,
        slug: plan.slug,
        description: plan.description,
        depth: plan.depth,
        position: plan.position,
        path: '',
      },
      select: { id: true, slug: true },
    });
    const path = `${parent?.path ?? '/'}${created.id}/`;
    await tx.category.update({ where: { id: created.id }, data: { path } });
    bySlug.set(plan.slug, { ...created, path });
  }
  return new Map([...bySlug].map(([slug, row]) => [slug, row.id]));
}

export async function writeCatalog(
  tx: Tx,
  scope: Scope,
  catalog: CatalogPlan,
  images: readonly StoredImage[],
): Promise<CatalogIds> {
  const { tenantId } = scope;
  const categoryIdBySlug = await writeCategories(tx, scope, catalog);
  const rootNames = new Map(
    catalog.categories.filter((c) => c.depth === 0).map((c) => [c.slug, c.name]),
  );

  await tx.product.createMany({
    skipDuplicates: true,
    data: catalog.products.map((product) => {
      // Staggered creation dates, so "newest" sorts the catalogue in a stable, plausible order.
      const createdAt = new Date(scope.now.getTime() - (120 - product.index * 2) * day);
      return {
        tenantId,
        title: product.title,
        slug: product.slug,
        descriptionHtml: product.descriptionHtml,
        status: 'active' as const,
        vendor: scope.vendor,
        productType: rootNames.get(product.rootCategory) ?? null,
        tags: [...product.tags],
        seoTitle: `${product.title} | ${scope.vendor}`,
        seoDescription: product.seoDescription,
        publishedAt: createdAt,
        createdAt,
      };
    }),
  });
  const products = await tx.product.findMany({
    where: { tenantId },
    select: { id: true, slug: true },
  });
  const productIdBySlug = new Map(products.map((row) => [row.slug, row.id]));

  await tx.productCategory.createMany({
    skipDuplicates: true,
    data: catalog.products.map((product) => ({
      tenantId,
      productId: requireId(productIdBySlug, product.slug, 'product'),
      categoryId: requireId(categoryIdBySlug, product.category, 'category'),
      position: product.index,
    })),
  });

  await tx.productOption.createMany({
    skipDuplicates: true,
    data: catalog.products.flatMap((product) =>
      product.options.map((option) => ({
        tenantId,
        productId: requireId(productIdBySlug, product.slug, 'product'),
        name: option.name,
        position: option.position,
      })),
    ),
  });
  const options = await tx.productOption.findMany({
    where: { tenantId },
    select: { id: true, productId: true, name: true },
  });
  const optionId = new Map(options.map((row) => [`${row.productId}:${row.name}`, row.id]));
  await tx.productOptionValue.createMany({
    skipDuplicates: true,
    data: catalog.products.flatMap((product) => {
      const productId = requireId(productIdBySlug, product.slug, 'product');
      return product.options.flatMap((option) =>
        option.values.map((value, position) => ({
          tenantId,
          optionId: requireId(optionId, `${productId}:${option.name}`, 'option'),
          value,
          position,
        })),
      );
    }),
  });
  const values = await tx.productOptionValue.findMany({
    where: { tenantId },
    select: { id: true, optionId: true, value: true },
  });
  const valueId = new Map(values.map((row) => [`${row.optionId}:${row.value}`, row.id]));

  for (const batch of chunks(catalog.variants)) {
    await tx.productVariant.createMany({
      skipDuplicates: true,
      data: batch.map((variant) => ({
        tenantId,
        productId: requireId(productIdBySlug, variant.productSlug, 'product'),
        title: variant.title,
        sku: variant.sku,
        price: variant.price,
        compareAtPrice: variant.compareAtPrice,
        costPrice: variant.costPrice,
        currency: scope.currency,
        weightGrams: variant.weightGrams,
        position: variant.position,
        lowStockThreshold,
      })),
    });
  }
  const variants = await tx.productVariant.findMany({
    where: { tenantId },
    select: { id: true, sku: true, productId: true },
  });
  const variantIdBySku = new Map(variants.map((row) => [row.sku, row.id]));

  await tx.variantOptionValue.createMany({
    skipDuplicates: true,
    data: catalog.variants.flatMap((variant) => {
      const productId = requireId(productIdBySlug, variant.productSlug, 'product');
      const variantId = requireId(variantIdBySku, variant.sku, 'variant');
      return variant.optionValues.map(([name, value]) => ({
        tenantId,
        variantId,
        optionValueId: requireId(
          valueId,
          `${requireId(optionId, `${productId}:${name}`, 'option')}:${value}`,
          'option value',
        ),
      }));
    }),
  });

  await writeMedia(tx, scope, catalog, images, productIdBySlug);
  await writeStock(tx, scope, catalog, variantIdBySku);
  return { productIdBySlug, variantIdBySku, categoryIdBySlug };
}

async function writeMedia(
  tx: Tx,
  { tenantId }: Scope,
  catalog: CatalogPlan,
  images: readonly StoredImage[],
  productIdBySlug: Map<string, string>,
) {
  const titles = new Map(catalog.products.map((product) => [product.slug, product.title]));
  await tx.mediaAsset.createMany({
    skipDuplicates: true,
    data: images.map((image) => ({
      tenantId,
      kind: 'image' as const,
      storageKey: image.storageKey,
      url: `/media/${image.storageKey}`,
      mimeType: imageMimeType,
      byteSize: image.byteSize,
      width: image.width,
      height: image.height,
      altText: titles.get(image.productSlug) ?? null,
      metadata: { generatedBy: 'demo-seed' },
    })),
  });
  const assets = await tx.mediaAsset.findMany({
    where: { tenantId, storageKey: { in: images.map((image) => image.storageKey) } },
    select: { id: true, storageKey: true },
  });
  const assetId = new Map(assets.map((row) => [row.storageKey, row.id]));
  await tx.productMedia.createMany({
    skipDuplicates: true,
    data: images.map((image) => ({
      tenantId,
      productId: requireId(productIdBySlug, image.productSlug, 'product'),
      mediaAssetId: requireId(assetId, image.storageKey, 'media asset'),
      position: 0,
      altText: titles.get(image.productSlug) ?? null,
    })),
  });
}

/** Stock at the main location, with a "received" ledger entry for each initial quantity. */
async function writeStock(
  tx: Tx,
  scope: Scope,
  catalog: CatalogPlan,
  variantIdBySku: Map<string, string>,
) {
  const { tenantId, locationId } = scope;
  const stocked = await tx.inventoryLevel.findMany({
    where: { tenantId, locationId },
    select: { variantId: true },
  });
  const hasLevel = new Set(stocked.map((row) => row.variantId));
  const stock = planStock(
    scope.storeSlug,
    catalog.variants.map((variant) => variant.sku),
  );
  const fresh = catalog.variants
    .map((variant) => ({
      variantId: requireId(variantIdBySku, variant.sku, 'variant'),
      onHand: stock.get(variant.sku)?.onHand ?? 0,
    }))
    .filter((row) => !hasLevel.has(row.variantId));
  const receivedAt = new Date(scope.now.getTime() - 100 * day);
  for (const batch of chunks(fresh)) {
    await tx.inventoryLevel.createMany({
      data: batch.map((row) => ({
        tenantId,
        locationId,
        variantId: row.variantId,
        onHand: row.onHand,
      })),
    });
    await tx.inventoryTransaction.createMany({
      data: batch
        .filter((row) => row.onHand > 0)
        .map((row) => ({
          tenantId,
          locationId,
          variantId: row.variantId,
          delta: row.onHand,
          balanceAfter: row.onHand,
          reason: 'received' as const,
          referenceType: 'seed',
          note: 'Opening stock',
          createdAt: receivedAt,
        })),
    });
  }
}
