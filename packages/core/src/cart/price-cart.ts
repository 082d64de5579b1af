import type { TenantTransaction } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

import type { SignedInCustomer } from '../customer-accounts/resolve-customer-session.ts';
import { priceCheckout } from '../pricing/price-checkout.ts';
import type { AppliedDiscount, RejectedCode, ShippingOption } from '../pricing/priced-checkout.ts';
import { type CartLineIssue, cartLineIssues } from './cart-line-issues.ts';
import type { ShopperCart } from './find-shopper-cart.ts';
import { type LoadedCartLine, loadCartLines } from './load-cart-lines.ts';

export interface CartLineView extends Omit<LoadedCartLine, 'productActive'> {
  /** False when the line cannot be bought (product no longer active): it is left out of totals. */
  included: boolean;
  subtotal: number;
  discountAmount: number;
  taxAmount: number;
  total: number;
  issues: CartLineIssue[];
}

export interface CartView {
  cartId: string | null;
  currency: string;
  pricesIncludeTax: boolean;
  lines: CartLineView[];
  itemCount: number;
  discountCodes: string[];
  appliedDiscounts: AppliedDiscount[];
  rejectedCodes: RejectedCode[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  shippingOptions: ShippingOption[];
  selectedShipping: ShippingOption | null;
  shippingUnavailableReason: string | null;
  /** Every message for the shopper: line issues, then codes that no longer apply. */
  issues: string[];
  /** Lines to buy, no blocking line issue and no rejected code. */
  canCheckout: boolean;
}

export interface PriceCartInput {
  tenantId: string;
  cart: ShopperCart | null;
  customer: SignedInCustomer | null;
  /** The checkout's contact email when known, for per-customer discount limits. */
  email?: string | null;
  shippingAddress?: Address | null;
  tierCode?: string | null;
  /** Codes to price with instead of the cart's own (trying a code before storing it). */
  discountCodes?: readonly string[];
  now: Date;
}

/**
 * The cart as the shopper sees it: each line checked against the current variant, and totals
 * from priceCheckout over the lines that can be bought. Nothing here writes.
 */
export async function priceCart(tx: TenantTransaction, input: PriceCartInput): Promise<CartView> {
  const lines = input.cart ? await loadCartLines(tx, input.cart.id) : [];
  const buyable = lines.filter((line) => line.productActive);
  const discountCodes = [...(input.discountCodes ?? input.cart?.discountCodes ?? [])];
  const priced = await priceCheckout(tx, {
    tenantId: input.tenantId,
    lines: buyable.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    discountCodes,
    customer: {
      id: input.customer?.id ?? null,
      email: input.email ?? input.customer?.email ?? input.cart?.email ?? null,
    },
    shippingAddress: input.shippingAddress ?? null,
    tierCode: input.tierCode ?? null,
    now: input.now,
  });
  const pricedLines = new Map(priced.lines.map((line) => [line.variantId, line]));
  const views = lines.map(({ productActive, ...line }): CartLineView => {
    const pricedLine = productActive ? pricedLines.get(line.variantId) : undefined;
    return {
      ...line,
      included: pricedLine !== undefined,
      subtotal: pricedLine?.subtotal ?? line.unitPrice * line.quantity,
      discountAmount: pricedLine?.discountAmount ?? 0,
      taxAmount: pricedLine?.taxAmount ?? 0,
      total: pricedLine?.total ?? 0,
      issues: cartLineIssues({ ...line, productActive, currency: priced.currency }),
    };
  });
  const issues = [
    ...views.flatMap((line) => line.issues.map((issue) => issue.message)),
    ...priced.rejectedCodes.map((rejected) => rejected.reason),
  ];
  const blocked = views.some((line) => line.issues.some((issue) => issue.blocking));
  return {
    cartId: input.cart?.id ?? null,
    currency: priced.currency,
    pricesIncludeTax: priced.pricesIncludeTax,
    lines: views,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    discountCodes,
    appliedDiscounts: priced.appliedDiscounts,
    rejectedCodes: priced.rejectedCodes,
    subtotal: priced.subtotal,
    discountTotal: priced.discountTotal,
    shippingTotal: priced.shippingTotal,
    taxTotal: priced.taxTotal,
    total: priced.total,
    shippingOptions: priced.shippingOptions,
    selectedShipping: priced.selectedShipping,
    shippingUnavailableReason: priced.shippingUnavailableReason,
    issues,
    canCheckout: buyable.length > 0 && !blocked && priced.rejectedCodes.length === 0,
  };
}
