import { randomBytes } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

export interface CartTestProduct {
  productId: string;
  variantId: string;
  title: string;
  /** Its page is `/products/<slug>`. */
  slug: string;
}

/**
 * An active product of its own in a seeded store, stocked at the store's default location and
 * pictured with one of the store's existing images, for specs that change its price or stock
 * without touching a seeded product other specs read. Dated in the past so it sorts after the
 * seeded products in "newest first" lists. Remove it with `removeCartTestProduct`.
 */
export async function createCartTestProduct(
  db: UnscopedClient,
  options: { storeSlug: string; title: string; price: number; onHand: number },
): Promise<CartTestProduct> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const suffix = randomBytes(4).toString('hex');
  const [store, location, picture] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { currency: true } }),
    db.inventoryLocation.findFirstOrThrow({
      where: { tenantId, isDefault: true },
      select: { id: true },
    }),
    db.mediaAsset.findFirst({ where: { tenantId, kind: 'image' }, select: { id: true } }),
  ]);
  const title = `${options.title} ${suffix}`;
  const longAgo = new Date('2020-01-01T00:00:00Z');
  const product = await db.product.create({
    data: {
      tenantId,
      title,
      slug: `cart-e2e-${suffix}`,
      status: 'active',
      publishedAt: longAgo,
      createdAt: longAgo,
      variants: {
        create: {
          tenantId,
          title: 'Default',
          sku: `CART-E2E-${suffix.toUpperCase()}`,
          price: options.price,
          currency: store.currency,
          inventoryLevels: {
            create: { tenantId, locationId: location.id, onHand: options.onHand },
          },
        },
      },
      ...(picture ? { media: { create: { tenantId, mediaAssetId: picture.id } } } : {}),
    },
    select: { id: true, slug: true, variants: { select: { id: true } } },
  });
  const variantId = product.variants[0]?.id;
  if (variantId === undefined) throw new Error('The cart test product has no variant');
  return { productId: product.id, variantId, title, slug: product.slug };
}

/** Changes what a shopper who already has the product in their cart will be told about. */
export async function changeCartTestProduct(
  db: UnscopedClient,
  variantId: string,
  change: { price?: number; onHand?: number },
): Promise<void> {
  if (change.price !== undefined) {
    await db.productVariant.update({ where: { id: variantId }, data: { price: change.price } });
  }
  if (change.onHand !== undefined) {
    await db.inventoryLevel.updateMany({ where: { variantId }, data: { onHand: change.onHand } });
  }
}

/** Deletes a product made by `createCartTestProduct`; its variant and cart lines go with it. */
export async function removeCartTestProduct(db: UnscopedClient, productId: string): Promise<void> {
  await db.product.deleteMany({ where: { id: productId } });
}

/** A code-based discount of a seeded store that ended yesterday. Remove it with `removeDiscount`. */
export async function createExpiredDiscount(
  db: UnscopedClient,
  options: { storeSlug: string },
): Promise<{ code: string }> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const code = `OLD${randomBytes(3).toString('hex').toUpperCase()}`;
  await db.discount.create({
    data: {
      tenantId,
      title: 'Expired e2e offer',
      method: 'code',
      code,
      kind: 'percentage',
      value: 1000,
      endsAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
    },
  });
  return { code };
}

export async function removeDiscount(
  db: UnscopedClient,
  options: { storeSlug: string; code: string },
): Promise<void> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  await db.discount.deleteMany({ where: { tenantId, code: options.code } });
}
