import type { Prisma, TenantClient } from '@storeloom/db';
import type { ListEstimatesInput } from '@storeloom/validators';

import { effectiveEstimateStatus } from './estimate-rules.ts';
import { newestFirstOrder, olderThan } from '../pagination/newest-first.ts';

/** Status filters see expiry as readers do: a sent estimate past its date is "expired". */
function statusFilter(status: ListEstimatesInput['status'], now: Date): Prisma.EstimateWhereInput {
  const pastDate = { validUntil: { lt: now } };
  const stillValid = { OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
  switch (status) {
    case undefined:
      return {};
    case 'expired':
      return { OR: [{ status: 'expired' }, { status: { in: ['draft', 'sent'] }, ...pastDate }] };
    case 'draft':
    case 'sent':
      return { status, ...stillValid };
    default:
      return { status };
  }
}

function searchFilter(search: string): Prisma.EstimateWhereInput {
  const number = /^#?(\d{1,9})$/.exec(search)?.[1];
  const contains = { contains: search, mode: 'insensitive' } as const;
  return {
    OR: [
      ...(number ? [{ number: Number(number) }] : []),
      { title: contains },
      { customerName: contains },
      { customerEmail: contains },
    ],
  };
}

/** Estimates, newest first, with their totals and margin; keyset pages. */
export async function listEstimates({
  db,
  now = new Date(),
  ...input
}: { db: TenantClient; now?: Date } & ListEstimatesInput) {
  const filters: Prisma.EstimateWhereInput[] = [statusFilter(input.status, now)];
  if (input.customerId) filters.push({ customerId: input.customerId });
  if (input.search) filters.push(searchFilter(input.search));
  if (input.cursor) {
    const last = await db.estimate.findFirst({
      where: { id: input.cursor },
      select: { id: true, createdAt: true },
    });
    if (!last) return { items: [], nextCursor: null };
    filters.push(olderThan(last));
  }
  const rows = await db.estimate.findMany({
    where: { AND: filters },
    orderBy: newestFirstOrder(),
    take: input.limit + 1,
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      customerId: true,
      customerName: true,
      customerEmail: true,
      currency: true,
      total: true,
      totalCost: true,
      profit: true,
      marginBps: true,
      validUntil: true,
      sentAt: true,
      createdAt: true,
      updatedAt: true,
      convertedOrderId: true,
    },
  });
  const items = rows
    .slice(0, input.limit)
    .map((row) => ({ ...row, status: effectiveEstimateStatus(row, now) }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
