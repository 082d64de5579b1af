import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import { workflowRunStatusSchema, type WorkflowRunStatusValue } from '@storeloom/validators';

export const WORKFLOW_RUNS_PAGE_SIZE = 25;

type RunCounts = RouterOutputs['workflows']['runs']['counts'];

/** Tabs shown even when empty; the rest (queued, cancelled) only when they hold runs. */
const alwaysShown: readonly WorkflowRunStatusValue[] = [
  'running',
  'waiting',
  'sleeping',
  'completed',
  'failed',
];

/** Tab order: what is in progress first, then how runs ended. */
const tabOrder: readonly WorkflowRunStatusValue[] = [
  'running',
  'queued',
  'waiting',
  'sleeping',
  'completed',
  'failed',
  'cancelled',
];

/** `?status=` of the run history; anything the API would reject shows every run instead. */
export function readRunStatus(
  value: string | string[] | undefined,
): WorkflowRunStatusValue | undefined {
  const parsed = workflowRunStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function workflowRunsHref(status: WorkflowRunStatusValue | undefined): string {
  return status === undefined ? '/workflows' : `/workflows?status=${status}`;
}

/** The status tabs to offer, given the counts (unknown while they load) and the current filter. */
export function statusTabs(
  counts: RunCounts | undefined,
  current: WorkflowRunStatusValue | undefined,
): WorkflowRunStatusValue[] {
  return tabOrder.filter(
    (status) =>
      alwaysShown.includes(status) || status === current || (counts?.byStatus[status] ?? 0) > 0,
  );
}

type RunsListInput = Omit<RouterInputs['workflows']['runs']['list'], 'cursor'>;
type RunsPage = RouterOutputs['workflows']['runs']['list'];

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function runsListInput(status: WorkflowRunStatusValue | undefined): RunsListInput {
  return { status, limit: WORKFLOW_RUNS_PAGE_SIZE };
}

/** Keyset paging: the next page starts after the last run of this one. */
export function nextRunsCursor(page: RunsPage): string | undefined {
  return page.nextCursor ?? undefined;
}
