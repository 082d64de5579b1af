'use client';

import { ActionNotice, buttonClassName, Button, DateTime, PageHeader } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';

import { BackLink } from '~/components/back-link';
import { DetailQueryState } from '~/components/detail-query-state';
import { isConvertible, isDeletable, isEditable, isSendable } from '~/lib/estimate-rules';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { ConvertEstimateButton } from './convert-estimate-button';
import { DeleteEstimateButton } from './delete-estimate-button';
import { EstimateEditor } from './estimate-editor';
import { EstimatePdfPreview } from './estimate-pdf-preview';
import { EstimateStatusBadge } from './estimate-status-badge';
import { SendEstimateButton } from './send-estimate-button';

export interface EstimateDetailProps {
  estimateId: string;
  /** `estimates:write`: the server refuses every change without it, so none is offered. */
  canWrite: boolean;
  /** Just created by the "New estimate" form. */
  created: boolean;
  locale: string;
  timeZone: string;
}

const backLink = <BackLink href="/estimates">Estimates</BackLink>;

/** One estimate: its editor with live margin, and send, PDF, convert and delete. */
export function EstimateDetail({
  estimateId,
  canWrite,
  created,
  locale,
  timeZone,
}: EstimateDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.estimates.get.queryOptions({ estimateId }));
  const [notice, setNotice] = useState<Notice | null>(
    created ? { tone: 'success', message: 'The estimate was created as a draft.' } : null,
  );
  const [dirty, setDirty] = useState(false);
  const [previewing, setPreviewing] = useState(false);

  if (query.isPending || query.isError) {
    return (
      <DetailQueryState query={query} title="Estimate" backLink={backLink} subject="the estimate" />
    );
  }

  const estimate = query.data;
  const { convertedOrder } = estimate;
  return (
    <>
      <PageHeader
        eyebrow={backLink}
        title={`Estimate #${String(estimate.number)}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EstimateStatusBadge status={estimate.status} />
            <span>{estimate.title}</span>
            {estimate.sentAt !== null && (
              <span>
                · Sent <DateTime value={estimate.sentAt} locale={locale} timeZone={timeZone} />
              </span>
            )}
          </span>
        }
        actions={
          <>
            <Button
              variant="secondary"
              aria-pressed={previewing}
              onClick={() => {
                setPreviewing((shown) => !shown);
              }}
            >
              {previewing ? 'Hide PDF' : 'Preview PDF'}
            </Button>
            <a
              href={`/estimates/${estimate.id}/pdf`}
              className={buttonClassName('secondary')}
              download
            >
              Download PDF
            </a>
            {convertedOrder !== null && (
              <Link href={`/orders/${convertedOrder.id}`} className={buttonClassName('secondary')}>
                View order #{convertedOrder.number}
              </Link>
            )}
            {canWrite && isSendable(estimate.status) && (
              <SendEstimateButton estimate={estimate} dirty={dirty} onNotice={setNotice} />
            )}
            {canWrite && isConvertible(estimate.status) && (
              <ConvertEstimateButton estimate={estimate} />
            )}
            {canWrite && isDeletable(estimate.status) && (
              <DeleteEstimateButton estimate={estimate} />
            )}
          </>
        }
      />
      <div className="space-y-4">
        {notice !== null && (
          <ActionNotice
            notice={notice}
            onDismiss={() => {
              setNotice(null);
            }}
          />
        )}
        {previewing && (
          <EstimatePdfPreview
            estimateId={estimate.id}
            number={estimate.number}
            version={estimate.updatedAt.toISOString()}
          />
        )}
        <EstimateEditor
          key={estimate.id}
          estimate={estimate}
          currency={estimate.currency}
          locale={locale}
          readOnly={!canWrite || !isEditable(estimate.status)}
          onNotice={setNotice}
          onDirtyChange={setDirty}
        />
      </div>
    </>
  );
}
