/** Anything a caller may pass where a class is optional: `cond && "class"` yields false or 0. */
export type ClassValue = string | false | 0 | null | undefined;

/**
 * Joins class names, dropping falsy values.
 *
 * Deliberately not tailwind-merge (no new dependency): conflicting utilities are NOT resolved,
 * the stylesheet order decides. Components therefore keep spacing on inner parts (CardContent,
 * not Card) so that a caller's `className` rarely needs to override a default.
 */
export function cn(...values: ClassValue[]): string {
  return values
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .join(' ');
}
