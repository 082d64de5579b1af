import { randomBytes } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

/** Colour × Size as the product page spec expects it; Moss/Large does not exist. */
const variantPlan = [
  { colour: 'Sand', size: 'Small', price: 4900, compareAtPrice: 6900, onHand: 12 },
  { colour: 'Sand', size: 'Large', price: 5900, compareAtPrice: null, onHand: 3 },
  { colour: 'Slate', size: 'Small', price: 4900, compareAtPrice: null, onHand: 0 },
  { colour: 'Slate', size: 'Large', price: 5900, compareAtPrice: null, onHand: 8 },
  { colour: 'Moss', size: 'Small', price: 4900, compareAtPrice: null, onHand: 5 },
] as const;

export interface ProductPageTestProduct {
  productId: string;
  slug: string;
  title: string;
  /** Variant ids by "Colour/Size", e.g. `Slate/Large`. */
  variants: Record<string, string>;
  /** Image URLs: the product's first picture, and the ones of Slate/Large and Moss/Small. */
  images: { product: string; slateLarge: string; mossSmall: string };
}

/**
 * A product of its own in a seeded store for the product page spec: two options (Colour, Size)
 * with a missing combination, a sold-out variant, one on sale and one with 3 left, variant
 * pictures (reusing three of the store's images) and a description whose merchant HTML carries
 * a script and an event handler. Dated in the past so it sorts after the seeded products in
 * "newest first" lists. Remove it with `removeProductPageTestProduct`.
 */
export async function createProductPageTestProduct(
  db: UnscopedClient,
  options: { storeSlug: string },
): Promise<ProductPageTestProduct> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const suffix = randomBytes(4).toString('hex');
  const [store, location, pictures] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { currency: true } }),
    db.inventoryLocation.findFirstOrThrow({
      where: { tenantId, isDefault: true },
      select: { id: true },
    }),
    db.mediaAsset.findMany({
      where: { tenantId, kind: 'image' },
      orderBy: { createdAt: 'asc' },
      take: 3,
      select: { id: true, url: true },
    }),
  ]);
  const [first, second, third] = pictures;
  if (first === undefined || second === undefined || third === undefined) {
    throw new Error(`Store "${options.storeSlug}" needs three images for the product page spec`);
  }
  const title = `Harbour Desk Lamp ${suffix}`;
  const longAgo = new Date('2020-01-01T00:00:00Z');
  const product = await db.product.create({
    data: {
      tenantId,
      title,
      slug: `harbour-lamp-e2e-${suffix}`,
      status: 'active',
      vendor: 'Harbour Works',
      publishedAt: longAgo,
      createdAt: longAgo,
      descriptionHtml:
        '<p>Warm, even light for late work.</p>' +
        '<script>window.__descriptionScriptRan = true;</script>' +
        '<img src="x" onerror="window.__descriptionScriptRan = true">' +
        '<p onclick="window.__descriptionScriptRan = true">Made to last.</p>',
    },
    select: { id: true, slug: true },
  });
  const values = new Map<string, string>();
  for (const [position, option] of [
    { name: 'Colour', values: ['Sand', 'Slate', 'Moss'] },
    { name: 'Size', values: ['Small', 'Large'] },
  ].entries()) {
    const created = await db.productOption.create({
      data: { tenantId, productId: product.id, name: option.name, position },
    });
    for (const [valuePosition, value] of option.values.entries()) {
      const createdValue = await db.productOptionValue.create({
        data: { tenantId, optionId: created.id, value, position: valuePosition },
      });
      values.set(value, createdValue.id);
    }
  }
  const variants: Record<string, string> = {};
  for (const [position, plan] of variantPlan.entries()) {
    const variant = await db.productVariant.create({
      data: {
        tenantId,
        productId: product.id,
        title: `${plan.colour} / ${plan.size}`,
        sku: `LAMP-E2E-${suffix.toUpperCase()}-${String(position)}`,
        price: plan.price,
        compareAtPrice: plan.compareAtPrice,
        currency: store.currency,
        position,
        optionValues: {
          create: [plan.colour, plan.size].map((value) => ({
            tenantId,
            optionValueId: values.get(value) ?? '',
          })),
        },
        inventoryLevels: { create: { tenantId, locationId: location.id, onHand: plan.onHand } },
      },
      select: { id: true },
    });
    variants[`${plan.colour}/${plan.size}`] = variant.id;
  }
  await db.productMedia.createMany({
    data: [
      { tenantId, productId: product.id, mediaAssetId: first.id, position: 0 },
      {
        tenantId,
        productId: product.id,
        mediaAssetId: second.id,
        position: 1,
        variantId: variants['Slate/Large'] ?? null,
      },
      {
        tenantId,
        productId: product.id,
        mediaAssetId: third.id,
        position: 2,
        variantId: variants['Moss/Small'] ?? null,
      },
    ],
  });
  return {
    productId: product.id,
    slug: product.slug,
    title,
    variants,
    images: { product: first.url, slateLarge: second.url, mossSmall: third.url },
  };
}

/** Storefront events recorded for a product, oldest first (the product page records views). */
export async function storefrontEventsOf(
  db: UnscopedClient,
  productId: string,
): Promise<{ type: string; variantId: string | null; path: string | null }[]> {
  return db.storefrontEvent.findMany({
    where: { productId },
    orderBy: { occurredAt: 'asc' },
    select: { type: true, variantId: true, path: true },
  });
}

/** Deletes a product made by `createProductPageTestProduct`; its variants and cart lines go with it. */
export async function removeProductPageTestProduct(
  db: UnscopedClient,
  productId: string,
): Promise<void> {
  await db.product.deleteMany({ where: { id: productId } });
}
