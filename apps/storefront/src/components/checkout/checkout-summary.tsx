import { formatMoney } from '@storeloom/ui';

import type { CheckoutView, StoreMoney } from './checkout-types';
import {
  type SummaryLine,
  SummaryLines,
  type SummaryTotals,
  SummaryTotalsList,
} from './order-summary';

export function checkoutLines(view: CheckoutView): SummaryLine[] {
  return view.summary.lines.map((line) => ({
    key: line.variantId,
    title: line.productTitle,
    detail: line.variantTitle,
    quantity: line.quantity,
    amount: line.included ? line.subtotal : line.unitPrice * line.quantity,
    image: line.image,
    excludedReason: line.included ? null : 'No longer available',
  }));
}

export function checkoutTotals(view: CheckoutView): SummaryTotals {
  const { summary } = view;
  return {
    subtotal: summary.subtotal,
    discountTotal: summary.discountTotal,
    shippingTotal: summary.selectedShipping ? summary.shippingTotal : null,
    taxTotal: view.shippingAddress ? summary.taxTotal : null,
    total: summary.total,
    pricesIncludeTax: summary.pricesIncludeTax,
    discountCodes: summary.appliedDiscounts.flatMap((discount) =>
      discount.code ? [discount.code] : [],
    ),
  };
}

/**
 * The order summary beside the steps: always open on wide screens, a disclosure with the total
 * on small ones (as shoppers expect from mobile checkouts). Both read the server's figures.
 */
export function CheckoutSummary({ view, money }: { view: CheckoutView; money: StoreMoney }) {
  const lines = checkoutLines(view);
  const totals = checkoutTotals(view);
  const content = (
    <div className="space-y-5">
      <SummaryLines lines={lines} money={money} />
      <SummaryTotalsList totals={totals} money={money} />
    </div>
  );
  return (
    <>
      <details className="group rounded-lg border border-border bg-surface lg:hidden">
        <summary className="flex cursor-pointer items-center justify-between gap-4 rounded-lg px-4 py-3 text-sm font-medium">
          <span>
            <span className="group-open:hidden">Show order summary</span>
            <span className="hidden group-open:inline">Hide order summary</span>
          </span>
          <span className="tabular-nums">
            {formatMoney(totals.total, money.currency, money.locale)}
          </span>
        </summary>
        <div className="border-t border-border px-4 py-4">{content}</div>
      </details>
      <aside
        aria-labelledby="order-summary-heading"
        className="hidden rounded-lg border border-border bg-surface-muted p-6 lg:block"
      >
        <h2 id="order-summary-heading" className="mb-5 text-base font-semibold">
          Order summary
        </h2>
        {content}
      </aside>
    </>
  );
}
