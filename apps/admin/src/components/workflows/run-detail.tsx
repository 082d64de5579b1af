'use client';

import {
  ActionNotice,
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
import { useId, useState } from 'react';

import { BackLink } from '~/components/back-link';
import { DetailList } from '~/components/detail-list';
import { LoadError } from '~/components/load-error';
import { humanizeId } from '~/lib/humanize-id';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { RetryRunButton } from './retry-run-button';
import { RunDuration } from './run-duration';
import { RunStateAlert } from './run-state-alert';
import { RunSteps } from './run-steps';
import { WorkflowStatusBadge } from './workflow-status-badge';

export interface RunDetailProps {
  runId: string;
  /** `orders:write`: the server refuses a retry without it, so the button is not offered. */
  canRetry: boolean;
  locale: string;
  timeZone: string;
}

function RunDetailSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading the run" className="space-y-3 p-4">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-4 w-64" />
      <Skeleton className="h-4 w-52" />
    </Card>
  );
}

/** One run: what triggered it, how it went, its steps, and a retry when it failed. */
export function RunDetail({ runId, canRetry, locale, timeZone }: RunDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.workflows.runs.get.queryOptions({ runId }));
  const [notice, setNotice] = useState<Notice | null>(null);
  const runTitleId = useId();
  const stepsTitleId = useId();

  if (query.isPending) {
    return (
      <>
        <PageHeader
          eyebrow={<BackLink href="/workflows">Workflows</BackLink>}
          title="Workflow run"
        />
        <RunDetailSkeleton />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader
          eyebrow={<BackLink href="/workflows">Workflows</BackLink>}
          title="Workflow run"
        />
        <LoadError
          title="The run could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }

  const run = query.data;
  const name = humanizeId(run.functionId);
  const at = (value: Date) => <DateTime value={value} locale={locale} timeZone={timeZone} />;
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/workflows">Workflows</BackLink>}
        title={name}
        description={
          <>
            Run <code className="text-xs">{run.id}</code> of{' '}
            <code className="text-xs">{run.functionId}</code>
          </>
        }
        actions={
          canRetry &&
          run.status === 'failed' && (
            <RetryRunButton runId={run.id} workflowName={name} onNotice={setNotice} />
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
        <Card aria-labelledby={runTitleId}>
          <CardHeader>
            <CardTitle id={runTitleId}>Run</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            <DetailList
              items={[
                { label: 'Status', value: <WorkflowStatusBadge status={run.status} /> },
                {
                  label: 'Triggered by',
                  value: <code className="text-xs">{run.eventName}</code>,
                },
                { label: 'Started', value: at(run.startedAt) },
                {
                  label: 'Finished',
                  value: run.finishedAt === null ? 'Not yet' : at(run.finishedAt),
                },
                {
                  label: 'Duration',
                  value: <RunDuration startedAt={run.startedAt} finishedAt={run.finishedAt} />,
                },
                { label: 'Last change', value: at(run.updatedAt) },
              ]}
            />
            <RunStateAlert run={run} locale={locale} timeZone={timeZone} />
          </CardContent>
        </Card>
        <Card aria-labelledby={stepsTitleId} className="overflow-hidden">
          <CardHeader>
            <CardTitle id={stepsTitleId}>Steps</CardTitle>
            <CardDescription>
              In the order they ran. A retry keeps the completed steps and runs the failed one
              again.
            </CardDescription>
          </CardHeader>
          <div className="mt-2">
            <RunSteps run={run} locale={locale} timeZone={timeZone} />
          </div>
        </Card>
      </div>
    </>
  );
}
