import type { ReportGranularity } from '@storeloom/validators';

import { badRequest } from '../errors/domain-error.ts';

const dayMs = 86_400_000;
const MAX_BUCKETS = 1000;
/** The shortest length of each bucket, so the estimate never undercounts. */
const shortestBucketDays: Record<ReportGranularity, number> = { day: 1, week: 7, month: 28 };

export interface ReportPeriod {
  from: Date;
  to: Date;
}

/** The period of equal length just before `period`, for comparisons. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

/** Refuses a period whose buckets would not fit on a chart (and would make a slow query). */
export function assertBucketCount(period: ReportPeriod, granularity: ReportGranularity): void {
  const days = (period.to.getTime() - period.from.getTime()) / dayMs;
  // +2: the first and last buckets may be partial.
  if (Math.ceil(days / shortestBucketDays[granularity]) + 2 > MAX_BUCKETS) {
    throw badRequest(
      `That is more than ${String(MAX_BUCKETS)} ${granularity}s; choose a shorter period or a coarser granularity`,
    );
  }
}
