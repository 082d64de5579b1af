import { cn, formatMoney, ImageIcon } from '@storeloom/ui';
import Image from 'next/image';

import { skipImageOptimiser } from '~/lib/media-src';

import type { StoreMoney } from './checkout-types';

export interface SummaryLine {
  key: string;
  title: string;
  /** Variant, e.g. "Black / Large". */
  detail: string | null;
  quantity: number;
  /** The line's amount in minor units, as the server priced it. */
  amount: number;
  /** Null draws a placeholder; left out, the line has no picture column (order snapshots). */
  image?: { url: string; alt: string } | null;
  /** A line left out of the totals (no longer sold), with the reason. */
  excludedReason?: string | null;
}

export interface SummaryTotals {
  subtotal: number;
  discountTotal: number;
  /** Null until an address and a delivery option give a price. */
  shippingTotal: number | null;
  /** Null until an address says which tax applies. */
  taxTotal: number | null;
  total: number;
  pricesIncludeTax: boolean;
  discountCodes: readonly string[];
}

/** The lines of an order or a cart, each with its picture, quantity and amount. */
export function SummaryLines({
  lines,
  money,
}: {
  lines: readonly SummaryLine[];
  money: StoreMoney;
}) {
  return (
    <ul className="divide-y divide-border">
      {lines.map((line) => (
        <li key={line.key} className="flex items-center gap-3 py-3 first:pt-0 last:pb-0">
          {line.image !== undefined && (
            <div className="relative size-14 shrink-0 overflow-hidden rounded-md border border-border bg-surface-muted">
              {line.image ? (
                <Image
                  src={line.image.url}
                  alt={line.image.alt}
                  fill
                  sizes="56px"
                  unoptimized={skipImageOptimiser(line.image.url)}
                  className="object-cover"
                />
              ) : (
                <div className="flex size-full items-center justify-center text-subtle-foreground">
                  <ImageIcon className="size-5" />
                </div>
              )}
            </div>
          )}
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium text-foreground">{line.title}</p>
            {line.detail !== null && line.detail !== '' && (
              <p className="text-muted-foreground">{line.detail}</p>
            )}
            <p className="text-muted-foreground">Quantity {line.quantity}</p>
            {line.excludedReason != null && (
              <p className="font-medium text-red-700">{line.excludedReason}</p>
            )}
          </div>
          <p
            className={cn(
              'shrink-0 text-sm font-medium tabular-nums',
              line.excludedReason != null && 'text-muted-foreground line-through',
            )}
          >
            {formatMoney(line.amount, money.currency, money.locale)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function TotalRow({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div
      className={cn(
        'flex justify-between gap-4',
        strong && 'border-t border-border pt-3 text-base font-semibold',
      )}
    >
      <dt className={strong ? 'text-foreground' : 'text-muted-foreground'}>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

/** Subtotal, discounts, delivery, tax and total, exactly as the server computed them. */
export function SummaryTotalsList({
  totals,
  money,
  shippingPendingLabel = 'Calculated at the next step',
}: {
  totals: SummaryTotals;
  money: StoreMoney;
  shippingPendingLabel?: string;
}) {
  const format = (amount: number) => formatMoney(amount, money.currency, money.locale);
  const codes = totals.discountCodes.length > 0 ? ` (${totals.discountCodes.join(', ')})` : '';
  const includedTax =
    totals.pricesIncludeTax && totals.taxTotal !== null && totals.taxTotal > 0
      ? format(totals.taxTotal)
      : null;
  return (
    <div>
      <dl className="space-y-2 text-sm">
        <TotalRow label="Subtotal" value={format(totals.subtotal)} />
        {totals.discountTotal > 0 && (
          <TotalRow label={`Discount${codes}`} value={`−${format(totals.discountTotal)}`} />
        )}
        <TotalRow
          label="Shipping"
          value={
            totals.shippingTotal === null
              ? shippingPendingLabel
              : totals.shippingTotal === 0
                ? 'Free'
                : format(totals.shippingTotal)
          }
        />
        {!totals.pricesIncludeTax && (
          <TotalRow
            label="Tax"
            value={totals.taxTotal === null ? shippingPendingLabel : format(totals.taxTotal)}
          />
        )}
        <TotalRow label={`Total (${money.currency})`} value={format(totals.total)} strong />
      </dl>
      {includedTax !== null && (
        <p className="mt-1 text-right text-xs text-muted-foreground">
          Including {includedTax} in taxes
        </p>
      )}
    </div>
  );
}
