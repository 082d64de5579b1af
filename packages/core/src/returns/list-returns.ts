import type { Prisma, ReturnStatus, TenantClient } from '@storeloom/db';

/** The returns queue: newest request first, optionally one status, keyset pages. */
export async function listReturns({
  db,
  status,
  cursor,
  limit,
}: {
  db: TenantClient;
  status?: ReturnStatus;
  cursor?: string;
  limit: number;
}) {
  const filters: Prisma.ReturnWhereInput[] = [];
  if (status) filters.push({ status });
  if (cursor) {
    const last = await db.return.findFirst({
      where: { id: cursor },
      select: { id: true, requestedAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push({
      OR: [
        { requestedAt: { lt: last.requestedAt } },
        { requestedAt: last.requestedAt, id: { lt: last.id } },
      ],
    });
  }
  const rows = await db.return.findMany({
    where: { AND: filters },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      number: true,
      status: true,
      reason: true,
      refundAmount: true,
      currency: true,
      requestedAt: true,
      replacementOrderId: true,
      order: { select: { id: true, number: true, email: true } },
      items: { select: { quantity: true } },
    },
  });
  const items = rows.slice(0, limit).map(({ items: lines, ...row }) => ({
    ...row,
    units: lines.reduce((sum, line) => sum + line.quantity, 0),
  }));
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
