import type { TenantClient } from '@storeloom/db';
import type { WorkflowRunStatusValue } from '@storeloom/validators';

/** How many of the store's runs are in each status (every status listed), and in all. */
export async function countWorkflowRunsByStatus({ db }: { db: TenantClient }) {
  const groups = await db.workflowRun.groupBy({ by: ['status'], _count: { _all: true } });
  const byStatus: Record<WorkflowRunStatusValue, number> = {
    queued: 0,
    running: 0,
    sleeping: 0,
    waiting: 0,
    completed: 0,
    failed: 0,
    cancelled: 0,
  };
  let total = 0;
  for (const group of groups) {
    byStatus[group.status] = group._count._all;
    total += group._count._all;
  }
  return { total, byStatus };
}
