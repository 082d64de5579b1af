import { cn, Money } from '@storeloom/ui';
import type { ReactNode } from 'react';

/** Totals exactly as the server priced them; nothing here adds money up. */
export interface CartTotalsValues {
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  pricesIncludeTax: boolean;
}

export interface CartTotalsProps {
  totals: CartTotalsValues;
  currency: string;
  locale: string;
  /** The delivery option the totals include (from an estimate); none before an address. */
  shipping?: { name: string } | null;
  /** Greyed while a change is being priced. */
  updating?: boolean;
  className?: string;
}

function Row({
  term,
  children,
  strong,
}: {
  term: ReactNode;
  children: ReactNode;
  strong?: boolean;
}) {
  return (
    <div
      className={cn(
        'flex items-baseline justify-between gap-4',
        strong === true && 'border-t border-border pt-3 text-base font-semibold',
      )}
    >
      <dt className={strong === true ? 'text-foreground' : 'text-muted-foreground'}>{term}</dt>
      <dd className="text-right text-foreground">{children}</dd>
    </div>
  );
}

export function CartTotals({
  totals,
  currency,
  locale,
  shipping = null,
  updating = false,
  className,
}: CartTotalsProps) {
  const money = (amount: number) => (
    <Money amountMinor={amount} currency={currency} locale={locale} />
  );
  const priced = shipping !== null;
  return (
    <dl
      aria-busy={updating || undefined}
      className={cn('space-y-2 text-sm transition-opacity', updating && 'opacity-60', className)}
    >
      <Row term="Subtotal">{money(totals.subtotal)}</Row>
      {totals.discountTotal > 0 && (
        <Row term="Discounts">
          <span className="text-emerald-700">−{money(totals.discountTotal)}</span>
        </Row>
      )}
      <Row term={priced ? `Shipping (${shipping.name})` : 'Shipping'}>
        {!priced ? (
          <span className="text-muted-foreground">Calculated at checkout</span>
        ) : totals.shippingTotal === 0 ? (
          'Free'
        ) : (
          money(totals.shippingTotal)
        )}
      </Row>
      <Row term={totals.pricesIncludeTax ? 'Tax included' : 'Tax'}>
        {priced ? (
          money(totals.taxTotal)
        ) : (
          <span className="text-muted-foreground">
            {totals.pricesIncludeTax ? 'In the prices' : 'Calculated at checkout'}
          </span>
        )}
      </Row>
      <Row term="Estimated total" strong>
        {money(totals.total)}
      </Row>
    </dl>
  );
}
