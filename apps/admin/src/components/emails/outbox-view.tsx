'use client';

import {
  ActionNotice,
  ButtonLink,
  Card,
  EmptyState,
  MailIcon,
  statusLabel,
  TabLinks,
} from '@storeloom/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';

import {
  EMAIL_STATUSES,
  nextOutboxCursor,
  outboxHref,
  outboxListInput,
  type EmailStatus,
} from '~/lib/email-outbox-filters';
import { PagedListBody } from '~/components/paged-list-body';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { OutboxTable } from './outbox-table';

export interface OutboxViewProps {
  status: EmailStatus | undefined;
  canRetry: boolean;
  locale: string;
  timeZone: string;
}

function NoEmails({ status }: { status: EmailStatus | undefined }) {
  if (status !== undefined) {
    return (
      <EmptyState
        icon={<MailIcon />}
        title={`No ${statusLabel(status).toLowerCase()} emails`}
        action={
          <ButtonLink href={outboxHref(undefined)} linkComponent={Link} variant="secondary">
            Show all emails
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<MailIcon />}
      title="No emails sent yet"
      description="Order confirmations, shipping updates, password resets and the other emails your store sends appear here, each with its delivery status."
    />
  );
}

/** Every email the store sent or tried to send, newest first, with retries for failed ones. */
export function OutboxView({ status, canRetry, locale, timeZone }: OutboxViewProps) {
  const trpc = useTRPC();
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useInfiniteQuery(
    trpc.emails.outbox.list.infiniteQueryOptions(outboxListInput(status), {
      getNextPageParam: nextOutboxCursor,
    }),
  );
  const emails = list.data?.pages.flatMap((page) => page.items) ?? [];
  const tabs = [
    { href: outboxHref(undefined), label: 'All', active: status === undefined },
    ...EMAIL_STATUSES.map((option) => ({
      href: outboxHref(option),
      label: statusLabel(option),
      active: option === status,
    })),
  ];

  return (
    <div className="space-y-4">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}
      <Card className="overflow-hidden">
        <TabLinks
          label="Filter emails by status"
          items={tabs}
          linkComponent={Link}
          className="px-2"
        />
        <PagedListBody
          query={list}
          itemCount={emails.length}
          loadingLabel="Loading emails"
          errorTitle="The outbox could not be loaded"
          empty={<NoEmails status={status} />}
        >
          <OutboxTable
            emails={emails}
            canRetry={canRetry}
            locale={locale}
            timeZone={timeZone}
            onNotice={setNotice}
          />
        </PagedListBody>
      </Card>
    </div>
  );
}
