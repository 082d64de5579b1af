import type { Prisma, TenantClient } from '@storeloom/db';
import type { ListWorkflowRunsInput } from '@storeloom/validators';

import { toWorkflowRunSummary, workflowRunListSelect } from './workflow-run-view.ts';

/** The store's workflow runs, newest first, by status and function, in keyset pages. */
export async function listWorkflowRuns({
  db,
  ...input
}: { db: TenantClient } & ListWorkflowRunsInput) {
  const filters: Prisma.WorkflowRunWhereInput[] = [];
  if (input.status) filters.push({ status: input.status });
  if (input.functionId) filters.push({ functionId: input.functionId });
  if (input.cursor) {
    // The cursor is the last run of the previous page; one this store cannot see ends the list.
    const last = await db.workflowRun.findFirst({
      where: { id: input.cursor },
      select: { id: true, startedAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push({
      OR: [
        { startedAt: { lt: last.startedAt } },
        { startedAt: last.startedAt, id: { lt: last.id } },
      ],
    });
  }
  const rows = await db.workflowRun.findMany({
    where: { AND: filters },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: workflowRunListSelect,
  });
  const items = rows.slice(0, input.limit).map(toWorkflowRunSummary);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
