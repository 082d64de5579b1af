import type { RouterOutputs } from '@storeloom/api';
import { DateTime, EmptyState, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';

import { humanizeId } from '~/lib/humanize-id';

import { WorkflowStatusBadge } from './workflow-status-badge';

type Run = RouterOutputs['workflows']['runs']['get'];

export interface RunStepsProps {
  run: Run;
  locale: string;
  timeZone: string;
}

/** When a pending step ends at the latest: the sleep's wake-up, or the wait's timeout. */
function pendingUntil(run: Run): Date | null {
  if (run.status === 'sleeping') return run.wakeAt;
  if (run.status === 'waiting') return run.waitTimeoutAt;
  return null;
}

/** The run's steps in the order they ran; a sleep or wait in progress comes last. */
export function RunSteps({ run, locale, timeZone }: RunStepsProps) {
  if (run.steps.length === 0) {
    return (
      <EmptyState
        titleAs="h3"
        title="No steps yet"
        description="Steps appear here as the run completes them."
      />
    );
  }
  const until = pendingUntil(run);
  return (
    <Table>
      <THead>
        <TR>
          <TH numeric className="w-10 pl-4">
            #
          </TH>
          <TH>Step</TH>
          <TH>Status</TH>
          <TH numeric>Attempts</TH>
          <TH className="pr-4">Time</TH>
        </TR>
      </THead>
      <TBody>
        {run.steps.map((step, index) => {
          const pending = step.status === 'sleeping' || step.status === 'waiting';
          return (
            <TR key={step.id}>
              <TD numeric className="pl-4 align-top text-subtle-foreground">
                {index + 1}
              </TD>
              <TD className="max-w-xl align-top">
                <p className="font-medium">{humanizeId(step.stepId)}</p>
                <code className="text-xs text-subtle-foreground">{step.stepId}</code>
                {step.error !== null && (
                  <p className="mt-1 text-sm break-words text-red-700">{step.error}</p>
                )}
                {step.status === 'waiting' && run.waitingForEvent !== null && (
                  <p className="mt-1 text-sm text-muted-foreground">
                    Waiting for <code className="text-xs">{run.waitingForEvent}</code>
                  </p>
                )}
              </TD>
              <TD className="align-top">
                <WorkflowStatusBadge status={step.status} />
              </TD>
              <TD numeric className="align-top tabular-nums">
                {step.attempts ?? '–'}
              </TD>
              <TD className="pr-4 align-top whitespace-nowrap text-muted-foreground">
                {pending ? (
                  <>
                    <p>
                      Since <DateTime value={step.at} locale={locale} timeZone={timeZone} />
                    </p>
                    {until !== null && (
                      <p>
                        Until <DateTime value={until} locale={locale} timeZone={timeZone} />
                      </p>
                    )}
                  </>
                ) : (
                  <DateTime value={step.at} locale={locale} timeZone={timeZone} />
                )}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
