import type { CheckoutStatus, PaymentProvider, TenantTransaction } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

import { type CartView, priceCart } from '../cart/price-cart.ts';
import type { SignedInCustomer } from '../customer-accounts/resolve-customer-session.ts';
import { type CheckoutStep, missingCheckoutSteps } from './checkout-steps.ts';
import type { ShopperCheckout } from './load-shopper-checkout.ts';

export interface CheckoutView {
  checkoutId: string;
  status: CheckoutStatus;
  expiresAt: Date;
  email: string | null;
  phone: string | null;
  note: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingTierCode: string | null;
  paymentProvider: PaymentProvider | null;
  orderId: string | null;
  /** The cart priced with this checkout's address, delivery option and email. */
  summary: CartView;
  missing: CheckoutStep[];
  canPlaceOrder: boolean;
}

/** The checkout as the storefront shows it, priced from current data. */
export async function checkoutView(
  tx: TenantTransaction,
  {
    tenantId,
    session,
    customer,
    now,
  }: { tenantId: string; session: ShopperCheckout; customer: SignedInCustomer | null; now: Date },
): Promise<CheckoutView> {
  const summary = await priceCart(tx, {
    tenantId,
    cart: session.cart,
    customer,
    email: session.email,
    shippingAddress: session.shippingAddress,
    tierCode: session.shippingTierCode,
    now,
  });
  const missing = missingCheckoutSteps(session);
  return {
    checkoutId: session.id,
    status: session.status,
    expiresAt: session.expiresAt,
    email: session.email,
    phone: session.phone,
    note: session.customerNote,
    shippingAddress: session.shippingAddress,
    billingAddress: session.billingAddress,
    shippingTierCode: session.shippingTierCode,
    paymentProvider: session.paymentProvider,
    orderId: session.orderId,
    summary,
    missing,
    canPlaceOrder:
      session.status === 'open' &&
      session.expiresAt > now &&
      missing.length === 0 &&
      summary.canCheckout,
  };
}
