import { formatMoney } from '@storeloom/ui';

import type { EstimateMoney, PublicEstimate } from './estimate-types';

/** Subtotal to total, then the deposit the store asks for on acceptance, if any. */
export function EstimateTotals({
  estimate,
  money,
}: {
  estimate: PublicEstimate;
  money: EstimateMoney;
}) {
  const format = (amount: number) => formatMoney(amount, money.currency, money.locale);
  const rows: { label: string; value: string }[] = [
    { label: 'Subtotal', value: format(estimate.subtotal) },
  ];
  if (estimate.discountTotal > 0) {
    rows.push({ label: 'Discount', value: `−${format(estimate.discountTotal)}` });
  }
  rows.push({ label: 'Tax', value: format(estimate.taxTotal) });

  const depositShare =
    estimate.depositBps === null
      ? null
      : new Intl.NumberFormat(money.locale, {
          style: 'percent',
          maximumFractionDigits: 2,
        }).format(estimate.depositBps / 10_000);

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
        <dd className="tabular-nums">{format(estimate.total)}</dd>
      </div>
      {estimate.deposit !== null && depositShare !== null && (
        <div className="flex justify-between gap-4 rounded-md bg-surface-muted px-3 py-2">
          <dt className="text-foreground">Deposit on acceptance ({depositShare})</dt>
          <dd className="font-medium tabular-nums">{format(estimate.deposit)}</dd>
        </div>
      )}
    </dl>
  );
}
