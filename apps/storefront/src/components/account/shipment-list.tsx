import { DateTime } from '@storeloom/ui';

import type { AccountOrderLine, AccountShipment } from './account-types';
import { ShipmentStatusBadge } from './status-badges';

/** Only web links are offered: a tracking URL is typed in by the store, not a promise. */
function trackingHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface ShipmentListProps {
  shipments: readonly AccountShipment[];
  lines: readonly AccountOrderLine[];
  locale: string;
}

/** Each parcel: carrier, tracking number and link, status, dates and what is inside. */
export function ShipmentList({ shipments, lines, locale }: ShipmentListProps) {
  const nameOf = new Map(lines.map((line) => [line.orderItemId, line.name]));
  return (
    <ol className="space-y-4">
      {shipments.map((shipment, index) => {
        const href = trackingHref(shipment.trackingUrl);
        return (
          <li key={shipment.shipmentId} className="rounded-lg border border-border p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="font-medium">
                  {shipments.length > 1 ? `Parcel ${index + 1} · ` : ''}
                  {shipment.carrier}
                  {shipment.service ? ` ${shipment.service}` : ''}
                </h3>
                <p className="mt-0.5 text-sm text-muted-foreground">
                  {shipment.deliveredAt !== null ? (
                    <>
                      Delivered{' '}
                      <DateTime value={shipment.deliveredAt} style="date" locale={locale} />
                    </>
                  ) : shipment.shippedAt !== null ? (
                    <>
                      Shipped <DateTime value={shipment.shippedAt} style="date" locale={locale} />
                    </>
                  ) : (
                    'Being prepared'
                  )}
                </p>
              </div>
              <ShipmentStatusBadge status={shipment.status} />
            </div>
            <dl className="mt-3 text-sm">
              <dt className="text-muted-foreground">Tracking number</dt>
              <dd className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1">
                {shipment.trackingNumber !== null ? (
                  <span className="font-mono text-foreground">{shipment.trackingNumber}</span>
                ) : (
                  <span className="text-muted-foreground">Not available yet</span>
                )}
                {href !== null && (
                  <a
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="rounded-sm font-medium text-foreground underline underline-offset-4 hover:text-accent"
                  >
                    Track parcel
                    <span className="sr-only"> with {shipment.carrier} (opens in a new tab)</span>
                  </a>
                )}
              </dd>
            </dl>
            {shipment.items.length > 0 && (
              <ul className="mt-3 space-y-0.5 text-sm text-muted-foreground">
                {shipment.items.map((item) => (
                  <li key={item.orderItemId}>
                    {item.quantity} × {nameOf.get(item.orderItemId) ?? 'Item'}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
