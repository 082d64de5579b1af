import type { RouterOutputs } from '@storeloom/api';
import {
  Badge,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  DateTime,
  Money,
  statusLabel,
  type Tone,
} from '@storeloom/ui';
import { useId } from 'react';

type Order = RouterOutputs['orders']['get'];
type PaymentState = Order['payments'][number]['status'];

const tones: Record<PaymentState, Tone> = {
  pending: 'warning',
  requires_action: 'warning',
  authorized: 'info',
  captured: 'success',
  failed: 'danger',
  cancelled: 'neutral',
  partially_refunded: 'warning',
  refunded: 'neutral',
};

const providers: Record<Order['payments'][number]['provider'], string> = {
  manual: 'Manual',
  stripe: 'Stripe',
  paypal: 'PayPal',
};

/** Each payment attempt with its provider and state, and what was paid and refunded overall. */
export function OrderPaymentsCard({
  order,
  locale,
  timeZone,
}: {
  order: Order;
  locale: string;
  timeZone: string;
}) {
  const titleId = useId();
  const money = (amountMinor: number) => (
    <Money amountMinor={amountMinor} currency={order.currency} locale={locale} />
  );
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Payments</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {order.payments.length === 0 ? (
          <p className="text-muted-foreground">No payment yet.</p>
        ) : (
          <ul className="space-y-3">
            {order.payments.map((payment) => (
              <li key={payment.id} className="flex items-start justify-between gap-3">
                <div>
                  <p className="font-medium">{providers[payment.provider]}</p>
                  <p className="text-xs text-muted-foreground">
                    <DateTime value={payment.createdAt} locale={locale} timeZone={timeZone} />
                  </p>
                </div>
                <div className="text-right">
                  <p>{money(payment.amount)}</p>
                  <Badge tone={tones[payment.status]} dot>
                    {statusLabel(payment.status)}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        )}
        <dl className="space-y-1 border-t border-border pt-3 text-muted-foreground">
          <div className="flex justify-between">
            <dt>Paid</dt>
            <dd>{money(order.paidTotal)}</dd>
          </div>
          {order.refundedTotal > 0 && (
            <div className="flex justify-between">
              <dt>Refunded</dt>
              <dd>{money(order.refundedTotal)}</dd>
            </div>
          )}
        </dl>
      </CardContent>
    </Card>
  );
}
