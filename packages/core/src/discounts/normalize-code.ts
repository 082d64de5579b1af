/** Codes are matched case-insensitively: stored and compared trimmed and upper-cased. */
export function normalizeDiscountCode(code: string): string {
  return code.trim().toUpperCase();
}
