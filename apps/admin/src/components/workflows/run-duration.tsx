import { formatDuration, toDate } from '@storeloom/ui';

/**
 * How long a run took, once it has finished. A run still going has no duration yet: counting up
 * to "now" would differ between the server render and the browser.
 */
export function RunDuration({
  startedAt,
  finishedAt,
}: {
  startedAt: Date | string;
  finishedAt: Date | string | null;
}) {
  if (finishedAt === null) return <span className="text-subtle-foreground">—</span>;
  return (
    <span className="tabular-nums">
      {formatDuration(toDate(finishedAt).getTime() - toDate(startedAt).getTime())}
    </span>
  );
}
