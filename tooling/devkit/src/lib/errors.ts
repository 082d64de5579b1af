/**
 * A failure whose message already says what to do. The start and test commands print these as
 * a single line: a stack trace would only bury the instruction.
 */
export class DevkitError extends Error {
  override readonly name = 'DevkitError';
}

/** First line of an error's message (multi-line config errors are joined with "; "). */
export function oneLineReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return err instanceof Error ? err.name : 'unknown error';
  // "Invalid auth environment variables:\n  AUTH_SECRET: too short" reads fine as one line.
  return lines[0]?.endsWith(':') === true
    ? `${lines[0]} ${lines.slice(1).join('; ')}`
    : (lines[0] ?? '');
}
