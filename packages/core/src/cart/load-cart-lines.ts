import type { TenantTransaction } from '@storeloom/db';

import { variantLabel } from '../inventory/variant-label.ts';
import { type CartLineImage, loadCartLineImages } from './load-cart-line-images.ts';
import { readAvailability } from './variant-availability.ts';

export type { CartLineImage } from './load-cart-line-images.ts';

export interface LoadedCartLine {
  variantId: string;
  productId: string;
  productTitle: string;
  productSlug: string;
  variantTitle: string;
  label: string;
  sku: string;
  quantity: number;
  /** What the shopper saw when adding the line. */
  seenUnitPrice: number;
  /** The variant's price now. */
  unitPrice: number;
  productActive: boolean;
  /** Units that can be bought; null when stock does not limit the variant. */
  available: number | null;
  image: CartLineImage | null;
}

/** A cart's lines, oldest first, with the current facts of their variants. */
export async function loadCartLines(
  tx: TenantTransaction,
  cartId: string,
): Promise<LoadedCartLine[]> {
  const lines = await tx.cartLine.findMany({
    where: { cartId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      variantId: true,
      quantity: true,
      unitPrice: true,
      variant: {
        select: {
          title: true,
          sku: true,
          price: true,
          trackInventory: true,
          allowBackorder: true,
          productId: true,
          product: { select: { title: true, slug: true, status: true } },
        },
      },
    },
  });
  const limited = lines.filter(
    (line) => line.variant.trackInventory && !line.variant.allowBackorder,
  );
  const availability = await readAvailability(
    tx,
    limited.map((line) => line.variantId),
  );
  const labelled = lines.map((line) => ({
    line,
    label: variantLabel(line.variant.product.title, line.variant.title),
  }));
  const images = await loadCartLineImages(
    tx,
    labelled.map(({ line, label }) => ({
      variantId: line.variantId,
      productId: line.variant.productId,
      label,
    })),
  );
  return labelled.map(({ line: { variant, ...line }, label }) => ({
    variantId: line.variantId,
    productId: variant.productId,
    productTitle: variant.product.title,
    productSlug: variant.product.slug,
    variantTitle: variant.title,
    label,
    sku: variant.sku,
    quantity: line.quantity,
    seenUnitPrice: line.unitPrice,
    unitPrice: variant.price,
    productActive: variant.product.status === 'active',
    available: availability.get(line.variantId) ?? null,
    image: images.get(line.variantId) ?? null,
  }));
}
