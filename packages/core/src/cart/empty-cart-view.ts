import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import type { CartView } from './price-cart.ts';

/**
 * The cart of a shopper who has none. Every storefront page shows the cart count, and most
 * visitors have no cart, so nothing is priced: only the store's currency is read.
 */
export async function emptyCartView(tx: TenantTransaction, tenantId: string): Promise<CartView> {
  const store = await tx.tenant.findUnique({
    where: { id: tenantId },
    select: { currency: true, pricesIncludeTax: true },
  });
  if (!store) throw notFound('Store');
  return {
    cartId: null,
    currency: store.currency,
    pricesIncludeTax: store.pricesIncludeTax,
    lines: [],
    itemCount: 0,
    discountCodes: [],
    appliedDiscounts: [],
    rejectedCodes: [],
    subtotal: 0,
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total: 0,
    shippingOptions: [],
    selectedShipping: null,
    shippingUnavailableReason: null,
    issues: [],
    canCheckout: false,
  };
}
