import { DatabaseError } from 'pg';

/** PostgreSQL's message plus where in the script it happened, which is what one needs to fix it. */
export function postgresErrorMessage(err: unknown, script: string): string {
  if (!(err instanceof DatabaseError)) return err instanceof Error ? err.message : String(err);
  const parts = [err.code === undefined ? err.message : `${err.message} (SQLSTATE ${err.code})`];
  const position = err.position === undefined ? NaN : Number.parseInt(err.position, 10);
  if (Number.isInteger(position) && position > 0) {
    const line = script.slice(0, position - 1).split('\n').length;
    parts.push(`at line ${String(line)}`);
  }
  if (err.detail !== undefined) parts.push(`detail: ${err.detail}`);
  if (err.hint !== undefined) parts.push(`hint: ${err.hint}`);
  return parts.join('; ');
}
