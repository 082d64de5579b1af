import type {
  CartStatus,
  CheckoutStatus,
  PaymentProvider,
  Prisma,
  TenantTransaction,
} from '@storeloom/db';
import { type Address, addressSchema } from '@storeloom/validators';

import { guestCartWhere, type ShopperCart, shopperCartSelect } from '../cart/find-shopper-cart.ts';
import type { Shopper } from '../cart/shopper.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';

export interface ShopperCheckout {
  id: string;
  cartId: string;
  customerId: string | null;
  email: string | null;
  phone: string | null;
  customerNote: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingTierCode: string | null;
  paymentProvider: PaymentProvider | null;
  idempotencyKey: string;
  status: CheckoutStatus;
  orderId: string | null;
  expiresAt: Date;
  cart: ShopperCart & { status: CartStatus };
}

/** Carts a shopper may check out: a customer's own, or a guest's cart behind the cookie. */
export function shopperCartFilter(shopper: Shopper): Prisma.CartWhereInput | null {
  if (shopper.customer) return { customerId: shopper.customer.id };
  return guestCartWhere(shopper.cartToken);
}

function storedAddress(value: Prisma.JsonValue | null): Address | null {
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Holds the checkout row until the transaction ends: steps and placing the order queue. */
export async function lockCheckout(
  tx: TenantTransaction,
  { tenantId, checkoutId }: { tenantId: string; checkoutId: string },
): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "CheckoutSession" WHERE "tenantId" = ${tenantId} AND "id" = ${checkoutId} FOR UPDATE`;
}

/**
 * A checkout of the shopper's own cart. Another cart's checkout, or another store's, is simply
 * not found.
 */
export async function loadShopperCheckout(
  tx: TenantTransaction,
  { checkoutId, shopper }: { checkoutId: string; shopper: Shopper },
): Promise<ShopperCheckout> {
  const cartFilter = shopperCartFilter(shopper);
  const session = cartFilter
    ? await tx.checkoutSession.findFirst({
        where: { id: checkoutId, cart: cartFilter },
        select: {
          id: true,
          cartId: true,
          customerId: true,
          email: true,
          phone: true,
          customerNote: true,
          shippingAddress: true,
          billingAddress: true,
          shippingTierCode: true,
          paymentProvider: true,
          idempotencyKey: true,
          status: true,
          orderId: true,
          expiresAt: true,
          cart: { select: { ...shopperCartSelect, status: true } },
        },
      })
    : null;
  if (!session) throw notFound('Checkout');
  return {
    ...session,
    shippingAddress: storedAddress(session.shippingAddress),
    billingAddress: storedAddress(session.billingAddress),
  };
}

/** Steps can only change an open, unexpired checkout of a cart still being shopped. */
export function assertCheckoutOpen(session: ShopperCheckout, now: Date): void {
  if (session.status === 'completed') {
    throw preconditionFailed('This order has already been placed');
  }
  if (
    session.status === 'expired' ||
    session.expiresAt <= now ||
    session.cart.status !== 'active'
  ) {
    throw preconditionFailed('This checkout has expired; start checkout again from your cart');
  }
}
