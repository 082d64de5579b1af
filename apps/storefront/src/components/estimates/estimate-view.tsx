import { ButtonLink, DateTime, ReceiptIcon } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { estimatePdfPath } from '~/lib/estimate-link';

import { EstimateAnswer } from './estimate-answer';
import { EstimateLines } from './estimate-lines';
import { EstimateStatusBadge } from './estimate-status-badge';
import { EstimateStatusMessage } from './estimate-status-message';
import { EstimateTotals } from './estimate-totals';
import type { PublicEstimate } from './estimate-types';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-xl border border-border bg-surface p-5 sm:p-6">
      <h2 className="mb-4 text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Notes and terms as the merchant wrote them: plain text, line breaks kept. */
function Prose({ text }: { text: string }) {
  return <p className="text-sm leading-6 whitespace-pre-line text-muted-foreground">{text}</p>;
}

/**
 * The customer's view of an estimate sent through its link: what it covers and costs, where it
 * stands, the PDF, and (while it waits for an answer) Accept and Decline.
 */
export function EstimateView({
  estimate,
  token,
  storeName,
  locale,
}: {
  estimate: PublicEstimate;
  token: string;
  storeName: string;
  locale: string;
}) {
  const money = { currency: estimate.currency, locale };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-muted-foreground">
            Estimate #{estimate.number} from {storeName}
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">
            {estimate.title}
          </h1>
          <p className="mt-1 text-sm text-muted-foreground">
            For {estimate.customerName}
            {estimate.sentAt !== null && (
              <>
                {' · Sent '}
                <DateTime value={estimate.sentAt} style="date" locale={locale} />
              </>
            )}
            {estimate.validUntil !== null && (
              <>
                {' · Valid until '}
                <DateTime value={estimate.validUntil} style="date" locale={locale} />
              </>
            )}
          </p>
        </div>
        <ButtonLink
          href={estimatePdfPath(token)}
          variant="secondary"
          size="lg"
          // A file, not a page: the browser downloads it without leaving the estimate.
          download
        >
          <ReceiptIcon className="size-4" />
          Download PDF
        </ButtonLink>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <Panel title="What this estimate covers">
            <EstimateLines lines={estimate.items} money={money} />
          </Panel>
          {estimate.notes !== null && estimate.notes !== '' && (
            <Panel title="Notes">
              <Prose text={estimate.notes} />
            </Panel>
          )}
          {estimate.terms !== null && estimate.terms !== '' && (
            <Panel title="Terms">
              <Prose text={estimate.terms} />
            </Panel>
          )}
        </div>

        <div className="space-y-6">
          <Panel title="Summary">
            <EstimateTotals estimate={estimate} money={money} />
          </Panel>
          <Panel title="Your answer">
            {/* Kept across the refresh after an answer, so the new status is announced. */}
            <div aria-live="polite" className="space-y-3 text-sm leading-6 text-muted-foreground">
              <EstimateStatusBadge status={estimate.status} />
              <EstimateStatusMessage estimate={estimate} storeName={storeName} locale={locale} />
            </div>
            {estimate.status === 'sent' && (
              <div className="mt-4">
                <EstimateAnswer token={token} />
              </div>
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
