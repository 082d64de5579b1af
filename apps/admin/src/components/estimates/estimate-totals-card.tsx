import type { EstimateTotals } from '@storeloom/core/estimates/estimate-lines';
import { Card, CardContent, CardHeader, CardTitle, cn, Money } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { MarginBadge } from './margin-badge';

export interface EstimateTotalsCardProps {
  totals: EstimateTotals;
  currency: string;
  locale: string;
}

function Row({
  label,
  children,
  strong,
}: {
  label: string;
  children: ReactNode;
  strong?: boolean;
}) {
  return (
    <div className={cn('flex items-center justify-between gap-4', strong && 'font-semibold')}>
      <dt className={cn(!strong && 'text-muted-foreground')}>{label}</dt>
      <dd className="tabular-nums">{children}</dd>
    </div>
  );
}

/** Sell, cost, profit and margin, recomputed on every keystroke with the server's pricing. */
export function EstimateTotalsCard({ totals, currency, locale }: EstimateTotalsCardProps) {
  const money = (amount: number) => (
    <Money amountMinor={amount} currency={currency} locale={locale} />
  );
  return (
    <Card aria-labelledby="estimate-totals-title">
      <CardHeader>
        <CardTitle id="estimate-totals-title">Totals</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="space-y-2 text-sm" aria-live="polite">
          <Row label="Total" strong>
            {money(totals.total)}
          </Row>
          <Row label="Materials cost">{money(totals.materialsCost)}</Row>
          <Row label="Labour cost">{money(totals.labourCost)}</Row>
          <Row label="Total cost">{money(totals.totalCost)}</Row>
          <Row label="Profit" strong>
            <span className={cn(totals.profit < 0 && 'text-danger')}>{money(totals.profit)}</span>
          </Row>
          <Row label="Margin">
            <MarginBadge marginBps={totals.marginBps} revenue={totals.total} locale={locale} />
          </Row>
        </dl>
      </CardContent>
    </Card>
  );
}
