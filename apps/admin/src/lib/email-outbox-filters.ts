import type { RouterInputs, RouterOutputs } from '@storeloom/api';
import { emailStatusSchema } from '@storeloom/validators';
import type { z } from 'zod';

export type EmailStatus = z.infer<typeof emailStatusSchema>;

export const EMAIL_STATUSES = emailStatusSchema.options;

export const OUTBOX_PAGE_SIZE = 25;

/** `?status=` of the outbox; anything the API would reject shows every email instead. */
export function readEmailStatus(value: string | string[] | undefined): EmailStatus | undefined {
  const parsed = emailStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function outboxHref(status: EmailStatus | undefined): string {
  return status === undefined ? '/emails' : `/emails?status=${status}`;
}

type OutboxListInput = Omit<RouterInputs['emails']['outbox']['list'], 'cursor'>;

/** The list query's input, the same on the server (prefetch) and in the browser. */
export function outboxListInput(status: EmailStatus | undefined): OutboxListInput {
  return { status, limit: OUTBOX_PAGE_SIZE };
}

export function nextOutboxCursor(page: RouterOutputs['emails']['outbox']['list']) {
  return page.nextCursor ?? undefined;
}
