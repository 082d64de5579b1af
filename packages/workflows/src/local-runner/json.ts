import { Prisma } from '@storeloom/db';

/**
 * A value from the SDK (parsed JSON) as a Json column value. `null`/`undefined` become JSON null
 * so a step that returned nothing is still memoised as `{ data: null }`.
 */
export function toJsonColumn(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === undefined || value === null) return Prisma.JsonNull;
  // Everything here came out of JSON.parse (SDK replies) or is a plain event object.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
