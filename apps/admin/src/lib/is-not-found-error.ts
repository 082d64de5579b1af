/**
 * Whether an API call failed because the record does not exist. Another store's record answers
 * the same way, so a page shows its 404 for both.
 */
export function isNotFoundError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'NOT_FOUND'
  );
}
