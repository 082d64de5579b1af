import { DateTime } from '@storeloom/ui';
import type { ReactNode } from 'react';

import type { PublicEstimate } from './estimate-types';

/** " on 7 Dec 2026" when the date is known; dates are shown in UTC, as across the storefront. */
function on(date: Date | null, locale: string): ReactNode {
  if (date === null) return null;
  return (
    <>
      {' on '}
      <DateTime value={date} style="date" locale={locale} />
    </>
  );
}

/**
 * Where the estimate stands, in a sentence for the customer: what they can do while it waits
 * for an answer, or what their answer (or the date) has settled.
 */
export function EstimateStatusMessage({
  estimate,
  storeName,
  locale,
}: {
  estimate: PublicEstimate;
  storeName: string;
  locale: string;
}) {
  switch (estimate.status) {
    case 'accepted':
      return (
        <p>
          <strong className="font-semibold text-foreground">
            You accepted this estimate{on(estimate.acceptedAt, locale)}.
          </strong>{' '}
          {storeName} will turn it into an order and email you the invoice.
        </p>
      );
    case 'converted':
      return (
        <p>
          <strong className="font-semibold text-foreground">
            You accepted this estimate{on(estimate.acceptedAt, locale)}.
          </strong>{' '}
          It is now an order, and the invoice comes to you by email.
        </p>
      );
    case 'declined':
      return (
        <p>
          <strong className="font-semibold text-foreground">
            You declined this estimate{on(estimate.declinedAt, locale)}.
          </strong>{' '}
          If you change your mind, ask {storeName} for a new one.
        </p>
      );
    case 'expired':
      return (
        <p>
          <strong className="font-semibold text-foreground">
            This estimate expired{on(estimate.validUntil, locale)}.
          </strong>{' '}
          It can no longer be accepted; ask {storeName} for a new one.
        </p>
      );
    case 'draft':
    case 'sent':
      return (
        <p>
          Accept it to go ahead, or decline it if it is not what you need. Your answer goes straight
          to {storeName} and cannot be changed afterwards.
          {estimate.validUntil !== null && (
            <>
              {' '}
              It is valid until{' '}
              <DateTime value={estimate.validUntil} style="date" locale={locale} />.
            </>
          )}
        </p>
      );
  }
}
