/**
 * True for PostgreSQL's unique violation as Prisma reports it (P2002). Such an error aborts the
 * transaction it happened in, so callers catch it outside and read what the winner wrote.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
