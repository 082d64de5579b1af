import type { TenantTransaction } from '@storeloom/db';

import { evaluateDiscounts } from '../discounts/evaluate-discounts.ts';
import { loadDiscountCandidates } from '../discounts/load-discount-candidates.ts';
import { notFound } from '../errors/domain-error.ts';
import { loadShippingSetup } from '../shipping/load-shipping-setup.ts';
import { quoteShipping, type ShippingQuote } from '../shipping/quote-shipping.ts';
import { loadTaxRate } from '../tax/load-tax-rate.ts';
import { loadPricingLines } from './load-pricing-lines.ts';
import type { PricedCheckout, PricingRequest } from './priced-checkout.ts';
import { settleCheckout } from './settle-checkout.ts';

const noAddressYet: ShippingQuote = { options: [], unavailableReason: null };

/**
 * Prices a cart from current data: catalogue prices, discounts (with the stacking rules), the
 * shipping options for the address and the chosen tier, and tax for the address. The client
 * never sends a price; this is the only place one is computed.
 */
export async function priceCheckout(
  tx: TenantTransaction,
  request: PricingRequest,
): Promise<PricedCheckout> {
  const store = await tx.tenant.findUnique({
    where: { id: request.tenantId },
    select: { currency: true, pricesIncludeTax: true },
  });
  if (!store) throw notFound('Store');
  const lines = await loadPricingLines(tx, request.lines);
  const candidates = await loadDiscountCandidates(tx, {
    codes: request.discountCodes,
    customerEmail: request.customer.email,
  });
  const discounts = evaluateDiscounts({
    lines: lines.map((line) => ({
      productId: line.productId,
      categoryPaths: line.categoryPaths,
      subtotal: line.unitPrice * line.quantity,
    })),
    candidates,
    enteredCodes: request.discountCodes,
    currency: store.currency,
    now: request.now,
  });

  const address = request.shippingAddress;
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const discountTotal = discounts.lineDiscounts.reduce((sum, amount) => sum + amount, 0);
  const shipping = address
    ? await quoteShipping(await loadShippingSetup(tx), {
        destination: address,
        currency: store.currency,
        weightGrams: lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0),
        orderValue: subtotal - discountTotal,
      })
    : noAddressYet;
  const taxRate = address ? await loadTaxRate(tx, address) : null;

  return settleCheckout({
    currency: store.currency,
    pricesIncludeTax: store.pricesIncludeTax,
    lines: lines.map(({ categoryPaths: _paths, ...line }) => line),
    discounts,
    shippingOptions: shipping.options,
    shippingUnavailableReason: shipping.unavailableReason,
    tierCode: request.tierCode,
    taxRate,
  });
}
