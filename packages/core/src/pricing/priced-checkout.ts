import type { Address } from '@storeloom/validators';

/**
 * The contract between pricing (discounts, shipping, tax) and its callers (cart, checkout,
 * placeOrder, order edits). Everything here is computed on the server from current data; the
 * client never sends a price.
 */

export interface PricingRequest {
  tenantId: string;
  lines: readonly { variantId: string; quantity: number }[];
  /** Codes the shopper entered, as typed; matched case-insensitively. */
  discountCodes: readonly string[];
  customer: { id: string | null; email: string | null };
  /** Null until the shopper gives an address: no shipping options and no tax yet. */
  shippingAddress: Address | null;
  /** The chosen tier (standard, express, premium); null picks nothing. */
  tierCode: string | null;
  now: Date;
}

export interface PricedLine {
  variantId: string;
  productId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  /** Current price of the variant. */
  unitPrice: number;
  costPrice: number;
  weightGrams: number;
  /** unitPrice x quantity. */
  subtotal: number;
  /** This line's share of order-level and line-level discounts. */
  discountAmount: number;
  /** Tax on the discounted line (contained in it when prices include tax). */
  taxAmount: number;
  /** subtotal - discountAmount (+ taxAmount when prices exclude tax). */
  total: number;
}

export interface AppliedDiscount {
  discountId: string;
  code: string | null;
  title: string;
  kind: 'percentage' | 'fixed_amount' | 'free_shipping';
  amount: number;
}

export interface RejectedCode {
  code: string;
  /** Shown to the shopper as is: "WELCOME10 has expired", "Spend $50.00 to use SAVE5"... */
  reason: string;
}

export interface ShippingOption {
  tierCode: string;
  name: string;
  price: number;
  deliveryDaysMin: number;
  deliveryDaysMax: number;
}

export interface PricedCheckout {
  currency: string;
  pricesIncludeTax: boolean;
  lines: PricedLine[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  /**
   * subtotal - discountTotal + shippingTotal + taxTotal when prices exclude tax; when they
   * include it, taxTotal is the tax contained and is not added again.
   */
  total: number;
  appliedDiscounts: AppliedDiscount[];
  rejectedCodes: RejectedCode[];
  shippingOptions: ShippingOption[];
  selectedShipping: ShippingOption | null;
  /** Why there are no options for the address ("We do not ship to Canada"), else null. */
  shippingUnavailableReason: string | null;
}
