/** The tRPC code of a failed browser call (`FORBIDDEN`, `NOT_FOUND`, ...), if it has one. */
export function apiErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error;
  if (typeof data !== 'object' || data === null || !('code' in data)) return undefined;
  return typeof data.code === 'string' ? data.code : undefined;
}
