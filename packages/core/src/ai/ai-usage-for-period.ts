import type { TenantClient } from '@storeloom/db';
import type { AiUsageInput } from '@storeloom/validators';

/**
 * A store's AI consumption in one UTC calendar month, for metering and billing: tokens and cost
 * of the generations that completed in it, in total and per kind.
 */
export async function aiUsageForPeriod({ db, year, month }: { db: TenantClient } & AiUsageInput) {
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  const groups = await db.aiGeneration.groupBy({
    by: ['kind'],
    where: { completedAt: { gte: from, lt: to } },
    _count: { _all: true },
    _sum: { promptTokens: true, completionTokens: true, costMicros: true },
    orderBy: { kind: 'asc' },
  });
  const byKind = groups.map((group) => ({
    kind: group.kind,
    generations: group._count._all,
    promptTokens: group._sum.promptTokens ?? 0,
    completionTokens: group._sum.completionTokens ?? 0,
    costMicros: group._sum.costMicros ?? 0,
  }));
  const total = (field: 'generations' | 'promptTokens' | 'completionTokens' | 'costMicros') =>
    byKind.reduce((sum, row) => sum + row[field], 0);
  return {
    year,
    month,
    from,
    to,
    generations: total('generations'),
    promptTokens: total('promptTokens'),
    completionTokens: total('completionTokens'),
    costMicros: total('costMicros'),
    byKind,
  };
}
