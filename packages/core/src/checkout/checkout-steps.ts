export type CheckoutStep =
  'contact' | 'shipping_address' | 'shipping_tier' | 'billing_address' | 'payment_method';

const stepLabels: Record<CheckoutStep, string> = {
  contact: 'a contact email',
  shipping_address: 'a shipping address',
  shipping_tier: 'a delivery option',
  billing_address: 'a billing address',
  payment_method: 'a payment method',
};

export interface CheckoutProgress {
  email: string | null;
  shippingAddress: unknown;
  shippingTierCode: string | null;
  billingAddress: unknown;
  paymentProvider: string | null;
}

/** The steps a checkout still needs, in the order the storefront asks for them. */
export function missingCheckoutSteps(session: CheckoutProgress): CheckoutStep[] {
  const missing: CheckoutStep[] = [];
  if (!session.email) missing.push('contact');
  if (session.shippingAddress == null) missing.push('shipping_address');
  if (!session.shippingTierCode) missing.push('shipping_tier');
  if (session.billingAddress == null) missing.push('billing_address');
  if (!session.paymentProvider) missing.push('payment_method');
  return missing;
}

/** "Add a contact email and a delivery option before placing the order". */
export function describeMissingSteps(steps: readonly CheckoutStep[]): string {
  const labels = steps.map((step) => stepLabels[step]);
  const list =
    labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}` : labels[0];
  return `Add ${list ?? 'the missing details'} before placing the order`;
}
