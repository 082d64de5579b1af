import type { Prisma, TenantStatus } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';

/** Stores for the operator console, newest first, with keyset pagination on (createdAt, id). */
export async function listTenants({
  db,
  search,
  status,
  cursor,
  limit,
}: {
  db: UnscopedClient;
  search?: string;
  status?: TenantStatus;
  cursor?: string;
  limit: number;
}) {
  const where: Prisma.TenantWhereInput = {
    ...(status ? { status } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { slug: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const rows = await db.tenant.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      currency: true,
      createdAt: true,
      suspendedAt: true,
      _count: { select: { products: true, orders: true, members: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map(({ _count, ...tenant }) => ({ ...tenant, counts: _count })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
