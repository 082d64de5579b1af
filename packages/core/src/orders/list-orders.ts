import type { Prisma, TenantClient } from '@storeloom/db';
import type { ListOrdersInput } from '@storeloom/validators';

const orderListSelect = {
  id: true,
  number: true,
  status: true,
  paymentStatus: true,
  fulfillmentStatus: true,
  source: true,
  email: true,
  currency: true,
  total: true,
  paidTotal: true,
  refundedTotal: true,
  profit: true,
  marginBps: true,
  placedAt: true,
  customer: { select: { id: true, firstName: true, lastName: true } },
  _count: { select: { items: true } },
} satisfies Prisma.OrderSelect;

function searchFilter(search: string): Prisma.OrderWhereInput {
  const number = /^#?(\d{1,9})$/.exec(search)?.[1];
  const contains = { contains: search, mode: 'insensitive' } as const;
  return {
    OR: [
      ...(number ? [{ number: Number(number) }] : []),
      { email: contains },
      { customer: { OR: [{ firstName: contains }, { lastName: contains }] } },
    ],
  };
}

/** The order desk: filters, search by number, email or name, newest first, keyset pages. */
export async function listOrders({ db, ...input }: { db: TenantClient } & ListOrdersInput) {
  const filters: Prisma.OrderWhereInput[] = [];
  if (input.status) filters.push({ status: input.status });
  if (input.paymentStatus) filters.push({ paymentStatus: input.paymentStatus });
  if (input.fulfillmentStatus) filters.push({ fulfillmentStatus: input.fulfillmentStatus });
  if (input.customerId) filters.push({ customerId: input.customerId });
  if (input.placedFrom) filters.push({ placedAt: { gte: input.placedFrom } });
  if (input.placedTo) filters.push({ placedAt: { lt: input.placedTo } });
  if (input.search) filters.push(searchFilter(input.search));
  if (input.cursor) {
    // The cursor is the last order of the previous page; one this store cannot see ends the list.
    const last = await db.order.findFirst({
      where: { id: input.cursor },
      select: { id: true, placedAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push({
      OR: [{ placedAt: { lt: last.placedAt } }, { placedAt: last.placedAt, id: { lt: last.id } }],
    });
  }
  const rows = await db.order.findMany({
    where: { AND: filters },
    orderBy: [{ placedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: orderListSelect,
  });
  const items = rows.slice(0, input.limit).map(({ _count, ...order }) => ({
    ...order,
    itemCount: _count.items,
  }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
