import type { RouterOutputs } from '@storeloom/api';
import { Card, CardHeader, CardTitle, Money, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import { useId } from 'react';

type Order = RouterOutputs['orders']['get'];

/** The lines as bought (snapshots), then how the total adds up. */
export function OrderItemsCard({ order, locale }: { order: Order; locale: string }) {
  const titleId = useId();
  const money = (amountMinor: number) => (
    <Money amountMinor={amountMinor} currency={order.currency} locale={locale} />
  );
  const totals: { label: string; amount: number; negative?: boolean }[] = [
    { label: 'Subtotal', amount: order.subtotal },
    ...(order.discountTotal > 0
      ? [{ label: 'Discounts', amount: order.discountTotal, negative: true }]
      : []),
    { label: 'Shipping', amount: order.shippingTotal },
    { label: order.pricesIncludeTax ? 'Tax (included)' : 'Tax', amount: order.taxTotal },
  ];

  return (
    <Card aria-labelledby={titleId} className="overflow-hidden">
      <CardHeader>
        <CardTitle id={titleId}>Items</CardTitle>
      </CardHeader>
      <Table className="mt-2">
        <THead>
          <TR>
            <TH className="pl-4">Item</TH>
            <TH numeric>Quantity</TH>
            <TH numeric>Unit price</TH>
            <TH numeric className="pr-4">
              Total
            </TH>
          </TR>
        </THead>
        <TBody>
          {order.items.map((item) => (
            <TR key={item.id}>
              <TD className="pl-4">
                <p className="font-medium">{item.name}</p>
                <p className="text-xs text-muted-foreground">
                  {[item.variantTitle, item.sku].filter(Boolean).join(' · ')}
                </p>
              </TD>
              <TD numeric>
                {item.hours === null ? item.quantity : `${String(item.hours)} h`}
                {item.fulfilledQuantity > 0 && (
                  <p className="text-xs text-muted-foreground">{item.fulfilledQuantity} shipped</p>
                )}
              </TD>
              <TD numeric>{money(item.unitPrice)}</TD>
              <TD numeric className="pr-4 font-medium">
                {money(item.total)}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <dl className="space-y-1 border-t border-border px-4 py-3 text-sm">
        {totals.map((line) => (
          <div key={line.label} className="flex justify-between text-muted-foreground">
            <dt>{line.label}</dt>
            <dd>
              {line.negative === true && '−'}
              {money(line.amount)}
            </dd>
          </div>
        ))}
        <div className="flex justify-between pt-1 font-semibold text-foreground">
          <dt>Total</dt>
          <dd>{money(order.total)}</dd>
        </div>
      </dl>
    </Card>
  );
}
