'use client';

import {
  ActionNotice,
  Alert,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  DateTime,
  PageHeader,
  Skeleton,
} from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { BackLink } from '~/components/back-link';
import { DetailList } from '~/components/detail-list';
import { LoadError } from '~/components/load-error';
import { humanizeId } from '~/lib/humanize-id';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { EmailFrame } from './email-frame';
import { PlainTextCard } from './plain-text-card';
import { EmailStatusBadge } from './email-status-badge';
import { RetryEmailButton } from './retry-email-button';

export interface OutboxEmailDetailProps {
  emailId: string;
  /** `email:write`: a failed email can be sent again. */
  canRetry: boolean;
  locale: string;
  timeZone: string;
}

const size = new Intl.NumberFormat('en-US', {
  style: 'unit',
  unit: 'kilobyte',
  maximumFractionDigits: 1,
});

/** One email as it went out (or failed to): envelope, delivery, the message itself. */
export function OutboxEmailDetail({ emailId, canRetry, locale, timeZone }: OutboxEmailDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.emails.outbox.get.queryOptions({ emailId }));
  const [notice, setNotice] = useState<Notice | null>(null);

  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeader eyebrow={<BackLink href="/emails">Outbox</BackLink>} title="Email" />
        {query.isError ? (
          <LoadError
            title="The email could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <Card aria-busy="true" aria-label="Loading the email" className="space-y-3 p-4">
            <Skeleton className="h-4 w-64" />
            <Skeleton className="h-4 w-52" />
            <Skeleton className="h-64 w-full" />
          </Card>
        )}
      </>
    );
  }

  const email = query.data;
  const at = (value: Date) => <DateTime value={value} locale={locale} timeZone={timeZone} />;
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/emails">Outbox</BackLink>}
        title={email.subject}
        description={`To ${email.to}`}
        actions={
          canRetry &&
          email.status === 'failed' && (
            <RetryEmailButton email={email} onNotice={setNotice} size="md" />
          )
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
        <Card>
          <CardHeader>
            <CardTitle>Delivery</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            <DetailList
              items={[
                { label: 'Status', value: <EmailStatusBadge status={email.status} /> },
                { label: 'From', value: email.from },
                { label: 'Reply to', value: email.replyTo ?? '—' },
                {
                  label: 'Template',
                  value: email.templateKey === null ? '—' : humanizeId(email.templateKey),
                },
                { label: 'Created', value: at(email.createdAt) },
                { label: 'Sent', value: email.sentAt === null ? 'Not yet' : at(email.sentAt) },
                { label: 'Attempts', value: email.attempts },
                {
                  label: 'Provider',
                  value:
                    email.provider === 'outbox'
                      ? 'Outbox only (no email provider is configured)'
                      : humanizeId(email.provider),
                },
                {
                  label: 'Attachments',
                  value:
                    email.attachments.length === 0
                      ? 'None'
                      : email.attachments
                          .map((file) => `${file.filename} (${size.format(file.byteSize / 1024)})`)
                          .join(', '),
                },
              ]}
            />
            {email.error !== null && (
              <Alert tone="danger" title="Delivery failed">
                {email.error}
              </Alert>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Message</CardTitle>
            <CardDescription>As the recipient's mail client shows it.</CardDescription>
          </CardHeader>
          <CardContent>
            <EmailFrame title={`Email: ${email.subject}`} html={email.html} />
          </CardContent>
        </Card>
        {email.text !== null && <PlainTextCard text={email.text} />}
      </div>
    </>
  );
}
