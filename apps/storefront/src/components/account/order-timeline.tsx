import { DateTime } from '@storeloom/ui';

import type { AccountOrder } from './account-types';

/** What happened to the order, newest first; notes from the store are marked as such. */
export function OrderTimeline({
  timeline,
  locale,
}: {
  timeline: AccountOrder['timeline'];
  locale: string;
}) {
  const newestFirst = [...timeline].reverse();
  return (
    <ol className="relative space-y-4 border-l border-border pl-5">
      {newestFirst.map((entry, index) => (
        <li key={`${entry.at.toISOString()}-${index}`} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.4rem] size-2 rounded-full bg-border-strong"
          />
          <p className="text-sm text-foreground">
            {entry.kind === 'note' && <span className="font-medium">Note from the store: </span>}
            {entry.message}
          </p>
          <p className="text-xs text-muted-foreground">
            <DateTime value={entry.at} locale={locale} /> UTC
          </p>
        </li>
      ))}
    </ol>
  );
}
