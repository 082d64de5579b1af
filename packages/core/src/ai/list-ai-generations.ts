import type { Prisma, TenantClient } from '@storeloom/db';
import type { ListAiGenerationsInput } from '@storeloom/validators';

import { aiGenerationSelect } from './ai-generation-view.ts';
import { newestFirstOrder, olderThan } from '../pagination/newest-first.ts';

/** The store's generations, newest first, optionally for one product or page; keyset pages. */
export async function listAiGenerations({
  db,
  ...input
}: { db: TenantClient } & ListAiGenerationsInput) {
  const filters: Prisma.AiGenerationWhereInput[] = [];
  if (input.targetType) filters.push({ targetType: input.targetType });
  if (input.targetId) filters.push({ targetId: input.targetId });
  if (input.kind) filters.push({ kind: input.kind });
  if (input.status) filters.push({ status: input.status });
  if (input.cursor) {
    // The cursor is the last generation of the previous page; one this store cannot see ends the list.
    const last = await db.aiGeneration.findFirst({
      where: { id: input.cursor },
      select: { id: true, createdAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push(olderThan(last));
  }
  const rows = await db.aiGeneration.findMany({
    where: { AND: filters },
    orderBy: newestFirstOrder(),
    take: input.limit + 1,
    select: aiGenerationSelect,
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
