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
import { useId, type ReactNode } from 'react';

import { paymentProviderLabels } from '~/lib/order-actions';

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

/**
 * Each payment attempt with its provider and state, each refund with its reason, what was paid
 * and refunded overall, and the money actions the member may take.
 */
export function OrderPaymentsCard({
  order,
  locale,
  timeZone,
  actions,
}: {
  order: Order;
  locale: string;
  timeZone: string;
  /** Mark as paid, capture, refund: only those the order's state and the role allow. */
  actions?: ReactNode;
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
                  <p className="font-medium">{paymentProviderLabels[payment.provider]}</p>
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
        {order.refunds.length > 0 && (
          <section aria-label="Refunds" className="space-y-2 border-t border-border pt-3">
            <h3 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
              Refunds
            </h3>
            <ul className="space-y-2">
              {order.refunds.map((refund) => (
                <li key={refund.id} className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-words">{refund.reason ?? 'No reason given'}</p>
                    <p className="text-xs text-muted-foreground">
                      <DateTime value={refund.createdAt} locale={locale} timeZone={timeZone} />
                    </p>
                  </div>
                  <div className="text-right">
                    <p>−{money(refund.amount)}</p>
                    {refund.status !== 'succeeded' && (
                      <Badge tone={refund.status === 'failed' ? 'danger' : 'warning'} dot>
                        {statusLabel(refund.status)}
                      </Badge>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
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
        {actions != null && (
          <div className="flex flex-wrap gap-2 border-t border-border pt-3">{actions}</div>
        )}
      </CardContent>
    </Card>
  );
}
