import type { Prisma, TenantClient } from '@storeloom/db';
import type { DiscountStatus, ListDiscountsInput } from '@storeloom/validators';

import { discountViewInclude, toDiscountView } from './discount-view.ts';

function statusFilter(status: DiscountStatus, now: Date): Prisma.DiscountWhereInput {
  const notEnded = { OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
  switch (status) {
    case 'inactive':
      return { isActive: false };
    case 'expired':
      return { isActive: true, endsAt: { lte: now } };
    case 'scheduled':
      return { isActive: true, startsAt: { gt: now }, ...notEnded };
    case 'active':
      return {
        isActive: true,
        AND: [notEnded, { OR: [{ startsAt: null }, { startsAt: { lte: now } }] }],
      };
    default:
      return {};
  }
}

/** The store's discounts, newest first, with their usage count and where each stands today. */
export async function listDiscounts({
  db,
  input,
  now = new Date(),
}: {
  db: TenantClient;
  input: ListDiscountsInput;
  now?: Date;
}) {
  const search = input.search?.trim();
  const rows = await db.discount.findMany({
    where: {
      ...statusFilter(input.status, now),
      ...(search
        ? {
            OR: [
              { title: { contains: search, mode: 'insensitive' } },
              { code: { contains: search.toUpperCase() } },
            ],
          }
        : {}),
    },
    include: discountViewInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    discounts: page.map((row) => toDiscountView(row, now)),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
