import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

import { waitFor } from './wait-for.ts';

/**
 * The finished (completed or failed) runs of `functionId` whose triggering event has `value` at
 * `data.<field>`, once there are `count` of them; oldest first, with their steps in order.
 */
export function finishedRunsFor(
  database: Database,
  {
    functionId,
    field,
    value,
    count = 1,
    timeoutMs = 30_000,
  }: { functionId: string; field: string; value: string; count?: number; timeoutMs?: number },
) {
  return waitFor(
    async () => {
      const runs = await unscoped(database).workflowRun.findMany({
        where: {
          functionId,
          status: { in: ['completed', 'failed'] },
          event: { path: ['data', field], equals: value },
        },
        include: { steps: { orderBy: { position: 'asc' } } },
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      });
      return runs.length >= count ? runs : undefined;
    },
    { what: `${count} finished ${functionId} runs for ${field} ${value}`, timeoutMs },
  );
}
