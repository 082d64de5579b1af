import type { RouterOutputs } from '@storeloom/api';
import { Alert, DateTime } from '@storeloom/ui';

type Run = RouterOutputs['workflows']['runs']['get'];

/** Why the run is where it is: the error it failed with, a retry it waits for, a sleep or a wait. */
export function RunStateAlert({
  run,
  locale,
  timeZone,
}: {
  run: Run;
  locale: string;
  timeZone: string;
}) {
  const at = (value: Date) => <DateTime value={value} locale={locale} timeZone={timeZone} />;
  if (run.status === 'failed') {
    return (
      <Alert tone="danger" title="The run failed">
        {run.error ?? 'No error was recorded.'}
      </Alert>
    );
  }
  if (run.status === 'running' && run.error !== null) {
    return (
      <Alert tone="warning" title={`Attempt ${String(run.attempt)} of the next step failed`}>
        {run.error}
        {run.wakeAt !== null && <> It is tried again at {at(run.wakeAt)}.</>}
      </Alert>
    );
  }
  if (run.status === 'sleeping' && run.wakeAt !== null) {
    return <Alert tone="info">Sleeping until {at(run.wakeAt)}.</Alert>;
  }
  if (run.status === 'waiting') {
    return (
      <Alert tone="info">
        Waiting for <code className="text-xs">{run.waitingForEvent ?? 'an event'}</code>
        {run.waitTimeoutAt !== null && <> until {at(run.waitTimeoutAt)}</>}; it goes on without it
        after that.
      </Alert>
    );
  }
  return null;
}
