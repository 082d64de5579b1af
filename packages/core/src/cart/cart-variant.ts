import type { TenantTransaction } from '@storeloom/db';

import { conflict, DomainError } from '../errors/domain-error.ts';
import { variantLabel } from '../inventory/variant-label.ts';

export interface CartVariant {
  id: string;
  price: number;
  label: string;
  /** False when stock does not limit purchases (untracked, or backorders allowed). */
  limited: boolean;
}

/**
 * A variant a shopper may put in a cart: it exists in this store (another store's is as unknown
 * as a missing one) and its product is on sale.
 */
export async function loadCartVariant(
  tx: TenantTransaction,
  variantId: string,
): Promise<CartVariant> {
  const variant = await tx.productVariant.findFirst({
    where: { id: variantId },
    select: {
      id: true,
      title: true,
      price: true,
      trackInventory: true,
      allowBackorder: true,
      product: { select: { title: true, status: true } },
    },
  });
  if (!variant) throw new DomainError('NOT_FOUND', 'Product variant not found', { variantId });
  if (variant.product.status !== 'active') {
    throw conflict(`${variant.product.title} is no longer available`);
  }
  return {
    id: variant.id,
    price: variant.price,
    label: variantLabel(variant.product.title, variant.title),
    limited: variant.trackInventory && !variant.allowBackorder,
  };
}

/** Refuses a quantity above what is left, naming what is already in the cart. */
export function assertInStock(
  variant: CartVariant,
  { wanted, inCart, available }: { wanted: number; inCart: number; available: number },
): void {
  if (!variant.limited || wanted <= available) return;
  const already =
    inCart > 0 ? `, and ${inCart} ${inCart === 1 ? 'is' : 'are'} already in your cart` : '';
  throw new DomainError(
    'CONFLICT',
    available > 0
      ? `Only ${available} left of ${variant.label}${already}`
      : `${variant.label} is out of stock`,
    { variantId: variant.id, available },
  );
}
