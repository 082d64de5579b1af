import type { RouterOutputs } from '@storeloom/api';
import { DateTime, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

import { humanizeId } from '~/lib/humanize-id';

import { RunDuration } from './run-duration';
import { WorkflowStatusBadge } from './workflow-status-badge';

type Run = RouterOutputs['workflows']['runs']['list']['items'][number];

export interface RunsTableProps {
  runs: Run[];
  locale: string;
  timeZone: string;
}

export function RunsTable({ runs, locale, timeZone }: RunsTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Workflow</TH>
          <TH>Status</TH>
          <TH>Trigger</TH>
          <TH>Started</TH>
          <TH>Finished</TH>
          <TH numeric className="pr-4">
            Duration
          </TH>
        </TR>
      </THead>
      <TBody>
        {runs.map((run) => (
          <TR key={run.id}>
            <TD className="max-w-md pl-4">
              <Link
                href={`/workflows/${run.id}`}
                className="font-medium text-foreground hover:underline"
              >
                {humanizeId(run.functionId)}
              </Link>
              {run.error !== null && (
                <p className="truncate text-xs text-red-700" title={run.error}>
                  {run.error}
                </p>
              )}
            </TD>
            <TD>
              <WorkflowStatusBadge status={run.status} />
            </TD>
            <TD>
              <code className="text-xs text-muted-foreground">{run.eventName}</code>
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <DateTime value={run.startedAt} locale={locale} timeZone={timeZone} />
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              {run.finishedAt === null ? (
                <span className="text-subtle-foreground">—</span>
              ) : (
                <DateTime value={run.finishedAt} locale={locale} timeZone={timeZone} />
              )}
            </TD>
            <TD numeric className="pr-4 text-muted-foreground">
              <RunDuration startedAt={run.startedAt} finishedAt={run.finishedAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
