import type { TenantClient, TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** Everything the product editor shows, in display order, read from one snapshot. */
export async function getProduct({ db, productId }: { db: TenantClient; productId: string }) {
  return db.$transaction((tx) => loadProductDetail(tx, productId));
}

export async function loadProductDetail(tx: TenantTransaction, productId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId },
    select: {
      id: true,
      title: true,
      slug: true,
      descriptionHtml: true,
      status: true,
      vendor: true,
      productType: true,
      tags: true,
      seoTitle: true,
      seoDescription: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      categories: {
        orderBy: { category: { path: 'asc' } },
        select: { category: { select: { id: true, name: true, slug: true, depth: true } } },
      },
      options: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          position: true,
          values: {
            orderBy: [{ position: 'asc' }, { value: 'asc' }],
            select: { id: true, value: true, position: true },
          },
        },
      },
      variants: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          sku: true,
          barcode: true,
          price: true,
          compareAtPrice: true,
          costPrice: true,
          currency: true,
          weightGrams: true,
          position: true,
          trackInventory: true,
          allowBackorder: true,
          lowStockThreshold: true,
          optionValues: {
            select: {
              optionValue: {
                select: { id: true, value: true, option: { select: { id: true, position: true } } },
              },
            },
          },
          inventoryLevels: {
            select: { locationId: true, onHand: true, reserved: true },
          },
        },
      },
      media: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          position: true,
          altText: true,
          variantId: true,
          mediaAsset: {
            select: {
              id: true,
              kind: true,
              url: true,
              mimeType: true,
              width: true,
              height: true,
              altText: true,
            },
          },
        },
      },
    },
  });
  if (!product) throw notFound('Product');
  const locations = await tx.inventoryLocation.findMany({
    orderBy: [{ isDefault: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, isDefault: true },
  });

  const { categories, variants, media, ...fields } = product;
  return {
    ...fields,
    categories: categories.map((link) => link.category),
    variants: variants.map(({ optionValues, inventoryLevels, ...variant }) => ({
      ...variant,
      optionValues: optionValues
        .map(({ optionValue }) => ({
          optionId: optionValue.option.id,
          optionValueId: optionValue.id,
          value: optionValue.value,
          position: optionValue.option.position,
        }))
        .sort((a, b) => a.position - b.position)
        .map(({ position: _position, ...value }) => value),
      // Every location, so the editor can enter stock where the variant has none yet.
      stock: locations.map((location) => {
        const level = inventoryLevels.find((l) => l.locationId === location.id);
        const onHand = level?.onHand ?? 0;
        const reserved = level?.reserved ?? 0;
        return {
          locationId: location.id,
          locationName: location.name,
          onHand,
          reserved,
          available: onHand - reserved,
        };
      }),
    })),
    media: media.map(({ mediaAsset, ...link }) => ({
      mediaId: mediaAsset.id,
      kind: mediaAsset.kind,
      url: mediaAsset.url,
      mimeType: mediaAsset.mimeType,
      width: mediaAsset.width,
      height: mediaAsset.height,
      position: link.position,
      altText: link.altText ?? mediaAsset.altText,
      variantId: link.variantId,
    })),
  };
}

export type ProductDetail = Awaited<ReturnType<typeof loadProductDetail>>;
