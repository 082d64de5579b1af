import type { Prisma, TenantClient } from '@storeloom/db';
import type { ListOutboxEmailsInput } from '@storeloom/validators';
import { newestFirstOrder, olderThan } from '../pagination/newest-first.ts';

const outboxListSelect = {
  id: true,
  to: true,
  subject: true,
  templateKey: true,
  status: true,
  provider: true,
  attempts: true,
  error: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailOutboxSelect;

/** The store's outbox, newest first, filtered by status or template; keyset pages. */
export async function listOutboxEmails({
  db,
  ...input
}: { db: TenantClient } & ListOutboxEmailsInput) {
  const limit = input.limit ?? 25;
  const filters: Prisma.EmailOutboxWhereInput[] = [];
  if (input.status) filters.push({ status: input.status });
  if (input.templateKey) filters.push({ templateKey: input.templateKey });
  if (input.cursor) {
    // The cursor is the last email of the previous page; one this store cannot see ends the list.
    const last = await db.emailOutbox.findFirst({
      where: { id: input.cursor },
      select: { id: true, createdAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push(olderThan(last));
  }
  const rows = await db.emailOutbox.findMany({
    where: { AND: filters },
    orderBy: newestFirstOrder(),
    take: limit + 1,
    select: outboxListSelect,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
