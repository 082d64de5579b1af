import type { Prisma } from '@storeloom/db';

/** The error message of a run or step, whatever shape the SDK serialised it in. */
export function errorMessageOf(error: Prisma.JsonValue | null): string | null {
  if (error === null) return null;
  if (typeof error === 'object' && !Array.isArray(error) && typeof error.message === 'string') {
    return error.message;
  }
  return typeof error === 'string' ? error : 'The workflow failed';
}

export const workflowRunListSelect = {
  id: true,
  functionId: true,
  eventName: true,
  status: true,
  attempt: true,
  error: true,
  wakeAt: true,
  waitingForEvent: true,
  waitTimeoutAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
} satisfies Prisma.WorkflowRunSelect;

type WorkflowRunListRow = Prisma.WorkflowRunGetPayload<{ select: typeof workflowRunListSelect }>;

/** A run as the admin lists it: the error reduced to its message. */
export function toWorkflowRunSummary({ error, ...run }: WorkflowRunListRow) {
  return { ...run, error: errorMessageOf(error) };
}
