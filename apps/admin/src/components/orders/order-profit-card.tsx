import type { RouterOutputs } from '@storeloom/api';
import {
  Badge,
  Card,
  CardHeader,
  CardTitle,
  Money,
  Table,
  TBody,
  TD,
  TH,
  THead,
  TR,
} from '@storeloom/ui';
import { useId } from 'react';

import { formatMargin, marginTone } from '~/lib/margin-tone';
import { hasCost, summariseProfit } from '~/lib/order-profit';

type Order = RouterOutputs['orders']['get'];

const noCostHint =
  'No cost was recorded for this line when the order was placed, so it is left out of the cost, profit and margin.';

function MarginBadge({ marginBps, locale }: { marginBps: number; locale: string }) {
  return (
    <Badge tone={marginTone(marginBps)} dot>
      {formatMargin(marginBps, locale)}
    </Badge>
  );
}

/**
 * Revenue, cost, profit and margin of the order and of each line, from the cost prices the order
 * stored when it was placed (later cost changes do not rewrite history). Lines without a cost
 * are shown as such and left out, since their whole price would otherwise count as profit.
 */
export function OrderProfitCard({ order, locale }: { order: Order; locale: string }) {
  const titleId = useId();
  const summary = summariseProfit(order.items);
  const money = (amountMinor: number) => (
    <Money amountMinor={amountMinor} currency={order.currency} locale={locale} />
  );
  const costed = order.items.length - summary.uncostedLines;

  return (
    <Card aria-labelledby={titleId} className="overflow-hidden">
      <CardHeader>
        <CardTitle id={titleId}>Profit and margin</CardTitle>
      </CardHeader>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 px-4 pt-2 pb-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted-foreground">Revenue</dt>
          <dd className="font-medium">{money(summary.revenue)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Cost</dt>
          <dd className="font-medium">{money(summary.cost)}</dd>
          {summary.hasLabour && (
            <dd className="text-xs text-muted-foreground">
              Materials {money(summary.materialsCost)} · Labour {money(summary.labourCost)}
            </dd>
          )}
        </div>
        <div>
          <dt className="text-muted-foreground">Profit</dt>
          <dd className="font-medium">{money(summary.profit)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Margin</dt>
          <dd>
            {costed > 0 ? (
              <MarginBadge marginBps={summary.marginBps} locale={locale} />
            ) : (
              <span className="text-muted-foreground">No cost</span>
            )}
          </dd>
        </div>
      </dl>
      {summary.uncostedLines > 0 && (
        <p className="px-4 pb-3 text-xs text-muted-foreground">
          {summary.uncostedLines === 1
            ? '1 line has no cost and is'
            : `${String(summary.uncostedLines)} lines have no cost and are`}{' '}
          left out of these figures. Revenue is without tax; shipping is not included.
        </p>
      )}
      <Table aria-label="Profit per line">
        <THead>
          <TR>
            <TH className="pl-4">Line</TH>
            <TH numeric>Revenue</TH>
            <TH numeric>Cost</TH>
            <TH numeric>Profit</TH>
            <TH numeric className="pr-4">
              Margin
            </TH>
          </TR>
        </THead>
        <TBody>
          {order.items.map((item) => (
            <TR key={item.id}>
              <TD className="pl-4">
                <p className="font-medium">{item.name}</p>
                <p className="text-xs text-muted-foreground">
                  {item.isLabour ? 'Labour' : item.isMaterial ? 'Material' : 'Goods'}
                </p>
              </TD>
              <TD numeric>{money(item.revenue)}</TD>
              {hasCost(item) ? (
                <>
                  <TD numeric>{money(item.cost)}</TD>
                  <TD numeric>{money(item.profit)}</TD>
                  <TD numeric className="pr-4">
                    <MarginBadge marginBps={item.marginBps} locale={locale} />
                  </TD>
                </>
              ) : (
                <TD numeric colSpan={3} className="pr-4 text-muted-foreground">
                  <span title={noCostHint}>No cost</span>
                  <span className="sr-only">: {noCostHint}</span>
                </TD>
              )}
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
