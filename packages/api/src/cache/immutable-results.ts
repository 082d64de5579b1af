/**
 * Results that can never change: the storefront read cache freezes what it stores and registers
 * it here, so the response transformer may serialize each one once and reuse the output.
 */
const immutableResults = new WeakSet<object>();

function deepFreeze(value: unknown, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  Object.freeze(value);
}

/** Freezes the value and everything in it, and registers it; returns it for chaining. */
export function markImmutable<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    deepFreeze(value, new Set());
    immutableResults.add(value);
  }
  return value;
}

export function isImmutableResult(value: unknown): value is object {
  return typeof value === 'object' && value !== null && immutableResults.has(value);
}
