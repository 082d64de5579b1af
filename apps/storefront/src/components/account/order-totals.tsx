import { formatMoney } from '@storeloom/ui';

import type { AccountOrder } from './account-types';

/** Subtotal to total as the order was charged, and what has been refunded since. */
export function OrderTotals({ order, locale }: { order: AccountOrder; locale: string }) {
  const format = (amount: number) => formatMoney(amount, order.currency, locale);
  const rows: { label: string; value: string }[] = [
    { label: 'Subtotal', value: format(order.subtotal) },
  ];
  if (order.discountTotal > 0) {
    const codes = order.discountCodes.length > 0 ? ` (${order.discountCodes.join(', ')})` : '';
    rows.push({ label: `Discount${codes}`, value: `−${format(order.discountTotal)}` });
  }
  rows.push({
    label: order.shippingMethodName ? `Shipping (${order.shippingMethodName})` : 'Shipping',
    value: order.shippingTotal === 0 ? 'Free' : format(order.shippingTotal),
  });
  if (order.taxTotal > 0 || !order.pricesIncludeTax) {
    rows.push({
      label: order.pricesIncludeTax ? 'Tax included' : 'Tax',
      value: format(order.taxTotal),
    });
  }

  return (
    <dl className="space-y-2 text-sm">
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between gap-4">
          <dt className="text-muted-foreground">{row.label}</dt>
          <dd className="tabular-nums">{row.value}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 border-t border-border pt-3 text-base font-semibold">
        <dt>Total</dt>
        <dd className="tabular-nums">{format(order.total)}</dd>
      </div>
      {order.refundedTotal > 0 && (
        <div className="flex justify-between gap-4 text-sm">
          <dt className="text-muted-foreground">Refunded</dt>
          <dd className="tabular-nums">−{format(order.refundedTotal)}</dd>
        </div>
      )}
    </dl>
  );
}
