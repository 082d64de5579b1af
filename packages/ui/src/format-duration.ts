const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 min 4 s": the larger unit and the next one down, leaving out a zero. */
function twoUnits(ms: number, big: number, bigUnit: string, small: number, smallUnit: string) {
  const whole = Math.floor(ms / big);
  const rest = Math.floor((ms % big) / small);
  return rest === 0
    ? `${String(whole)} ${bigUnit}`
    : `${String(whole)} ${bigUnit} ${String(rest)} ${smallUnit}`;
}

/**
 * A span of time for people: `350 ms`, `2.5 s`, `42 s`, `3 min 4 s`, `2 h 5 min`, `3 d 2 h`.
 * Two units at most; precision past that is noise in a table. Negative spans (clock skew between
 * machines) count as zero.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid duration: ${String(ms)}`);
  const span = Math.max(0, ms);
  if (span < SECOND) return `${String(Math.round(span))} ms`;
  if (span < 10 * SECOND) return `${(Math.floor(span / 100) / 10).toString()} s`;
  if (span < MINUTE) return `${String(Math.floor(span / SECOND))} s`;
  if (span < HOUR) return twoUnits(span, MINUTE, 'min', SECOND, 's');
  if (span < DAY) return twoUnits(span, HOUR, 'h', MINUTE, 'min');
  return twoUnits(span, DAY, 'd', HOUR, 'h');
}
