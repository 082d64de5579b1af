const unitMs: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Milliseconds in an Inngest time string such as `2h30m10s` (what the SDK sends for sleeps and
 * timeouts), or undefined when it is not one.
 */
export function parseTimeString(value: string): number | undefined {
  if (!/^(\d+(ms|w|d|h|m|s))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+)(ms|w|d|h|m|s)/g)) {
    total += Number(amount) * (unitMs[unit ?? 's'] ?? 0);
  }
  return total;
}

/**
 * When a sleep or timeout ends: a time string counts from `from`, an ISO date (`sleepUntil`) is
 * absolute. Deadlines are stored as absolute times so a restart does not extend them.
 */
export function resolveDeadline(value: string, from: Date): Date | undefined {
  const ms = parseTimeString(value);
  if (ms !== undefined) return new Date(from.getTime() + ms);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
