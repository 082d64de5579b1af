'use client';

import type { RouterOutputs } from '@storeloom/api';
import { cn, DateTime, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

import { humanizeId } from '~/lib/humanize-id';

import type { Notice } from '@storeloom/ui';
import { EmailStatusBadge } from './email-status-badge';
import { RetryEmailButton } from './retry-email-button';

type OutboxEmail = RouterOutputs['emails']['outbox']['list']['items'][number];

export interface OutboxTableProps {
  emails: OutboxEmail[];
  /** `email:write`: retry buttons for failed emails. */
  canRetry: boolean;
  locale: string;
  timeZone: string;
  onNotice: (notice: Notice) => void;
}

export function OutboxTable({ emails, canRetry, locale, timeZone, onNotice }: OutboxTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Subject</TH>
          <TH>To</TH>
          <TH>Template</TH>
          <TH>Status</TH>
          <TH numeric>Attempts</TH>
          <TH className={cn(!canRetry && 'pr-4')}>Created</TH>
          {canRetry && (
            <TH className="pr-4 text-right">
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {emails.map((email) => (
          <TR key={email.id}>
            <TD className="max-w-md pl-4">
              <Link
                href={`/emails/outbox/${email.id}`}
                className="font-medium text-foreground hover:underline"
              >
                {email.subject}
              </Link>
              {email.error !== null && (
                <p className="truncate text-xs text-red-700" title={email.error}>
                  {email.error}
                </p>
              )}
            </TD>
            <TD className="max-w-56 truncate text-muted-foreground">{email.to}</TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              {email.templateKey === null ? '—' : humanizeId(email.templateKey)}
            </TD>
            <TD>
              <EmailStatusBadge status={email.status} />
            </TD>
            <TD numeric className="text-muted-foreground">
              {email.attempts}
            </TD>
            <TD className={cn('whitespace-nowrap text-muted-foreground', !canRetry && 'pr-4')}>
              <DateTime value={email.createdAt} locale={locale} timeZone={timeZone} />
            </TD>
            {canRetry && (
              <TD className="pr-4 text-right">
                {email.status === 'failed' && (
                  <RetryEmailButton email={email} onNotice={onNotice} />
                )}
              </TD>
            )}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
