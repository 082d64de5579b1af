import { createHash } from 'node:crypto';

/** Prisma's migration checksum: lowercase hex sha256 of the migration.sql bytes. */
export function migrationChecksum(script: string | Buffer): string {
  return createHash('sha256').update(script).digest('hex');
}

/**
 * Prisma accepts a script whose line endings changed (a Windows checkout with autocrlf), so we
 * do too; otherwise the same repository would be "edited" on one machine and not another.
 */
export function checksumMatches(stored: string, script: string): boolean {
  const lf = script.replace(/\r\n/g, '\n');
  const candidates = [script, lf, lf.replace(/\n/g, '\r\n')];
  return candidates.some((candidate) => migrationChecksum(candidate) === stored);
}
