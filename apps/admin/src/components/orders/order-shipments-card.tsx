import type { RouterOutputs } from '@storeloom/api';
import {
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  DateTime,
  statusLabel,
  type Tone,
} from '@storeloom/ui';
import { useId } from 'react';

import type { Notice } from '@storeloom/ui';
import { MarkDeliveredButton } from './mark-delivered-button';

type Order = RouterOutputs['orders']['get'];
type Shipment = Order['shipments'][number];

const tones: Record<Shipment['status'], Tone> = {
  pending: 'neutral',
  shipped: 'info',
  in_transit: 'info',
  delivered: 'success',
  exception: 'danger',
};

export interface OrderShipmentsCardProps {
  order: Order;
  canWrite: boolean;
  locale: string;
  timeZone: string;
  onNotice: (notice: Notice) => void;
}

/** The parcels sent for this order: carrier, tracking, what is in them, and delivery. */
export function OrderShipmentsCard({
  order,
  canWrite,
  locale,
  timeZone,
  onNotice,
}: OrderShipmentsCardProps) {
  const titleId = useId();
  const itemName = new Map(order.items.map((item) => [item.id, item.name]));
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Shipments</CardTitle>
        {order.shipments.length === 0 && (
          <CardDescription>
            Nothing has shipped yet. Create a shipment once the parcel leaves, with its tracking
            number; the customer is emailed the tracking details.
          </CardDescription>
        )}
      </CardHeader>
      {order.shipments.length > 0 && (
        <CardContent>
          <ul className="divide-y divide-border">
            {order.shipments.map((shipment) => (
              <li
                key={shipment.id}
                aria-label={`Shipment with ${shipment.carrier}`}
                className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm first:pt-0 last:pb-0"
              >
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {[shipment.carrier, shipment.service].filter(Boolean).join(' · ')}
                    <Badge tone={tones[shipment.status]} dot>
                      {statusLabel(shipment.status)}
                    </Badge>
                  </p>
                  <p className="text-muted-foreground">
                    Tracking:{' '}
                    {shipment.trackingNumber === null ? (
                      'none'
                    ) : shipment.trackingUrl === null ? (
                      <code className="text-xs">{shipment.trackingNumber}</code>
                    ) : (
                      <a
                        href={shipment.trackingUrl}
                        target="_blank"
                        rel="noreferrer"
                        className="underline"
                      >
                        <code className="text-xs">{shipment.trackingNumber}</code>
                      </a>
                    )}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {shipment.items
                      .map(
                        (line) =>
                          `${String(line.quantity)} × ${itemName.get(line.orderItemId) ?? 'item'}`,
                      )
                      .join(', ')}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {shipment.deliveredAt !== null ? (
                      <>
                        Delivered{' '}
                        <DateTime
                          value={shipment.deliveredAt}
                          locale={locale}
                          timeZone={timeZone}
                        />
                      </>
                    ) : (
                      shipment.shippedAt !== null && (
                        <>
                          Shipped{' '}
                          <DateTime
                            value={shipment.shippedAt}
                            locale={locale}
                            timeZone={timeZone}
                          />
                        </>
                      )
                    )}
                  </p>
                </div>
                {canWrite && shipment.status !== 'delivered' && (
                  <MarkDeliveredButton shipment={shipment} onNotice={onNotice} />
                )}
              </li>
            ))}
          </ul>
        </CardContent>
      )}
    </Card>
  );
}
