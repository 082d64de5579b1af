import { z } from 'zod';

/**
 * The id to aim a field at: its own key, else the key it ends with (`fromLocationId` takes
 * `locationId`), else the generic `id`.
 */
function idFor(field: string, ids: Record<string, string>): string {
  const own = ids[field];
  if (own) return own;
  const suffix = Object.keys(ids)
    .filter((key) => key.length > 2 && field.endsWith(key.charAt(0).toUpperCase() + key.slice(1)))
    .sort((a, b) => b.length - a.length)[0];
  return (suffix ? ids[suffix] : undefined) ?? ids.id ?? 'missing-id';
}

/**
 * Builds a valid input for a procedure from its zod schema, filling every id-like field from
 * `ids` (keyed by field name, with `id` as the fallback). The isolation suite uses it to aim
 * each procedure at another store's rows without knowing the procedure.
 */
export function sampleInput(schema: z.ZodType, ids: Record<string, string>, field = ''): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return sampleInput(schema.unwrap() as z.ZodType, ids, field);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault)
    return sampleInput(schema.def.innerType as z.ZodType, ids, field);
  if (schema instanceof z.ZodPipe) return sampleInput(schema.def.in as z.ZodType, ids, field);
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.fromEntries(
      Object.entries(shape).map(([key, value]) => [key, sampleInput(value, ids, key)]),
    );
  }
  if (schema instanceof z.ZodEmail) return 'probe@example.com';
  if (schema instanceof z.ZodURL) return 'https://example.com/';
  if (schema instanceof z.ZodString) {
    if (field === 'id' || field.endsWith('Id')) return idFor(field, ids);
    if (field === 'slug') return 'probe-slug';
    if (field === 'currency') return 'USD';
    if (field === 'country') return 'US';
    if (field === 'locale') return 'en-US';
    if (field === 'timezone') return 'UTC';
    if (/colou?r/i.test(field)) return '#123456';
    if (field === 'cursor') return ids.id ?? 'missing-id';
    return 'Probe'.padEnd(schema.minLength ?? 0, '-probe');
  }
  if (schema instanceof z.ZodNumber) return Math.max(1, schema.minValue ?? 1);
  if (schema instanceof z.ZodBoolean) return true;
  if (schema instanceof z.ZodEnum) return schema.options.at(-1);
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodArray) {
    // `productIds` aims at the victim's `productId`, like a single id field would.
    const itemField = field.endsWith('Ids') ? field.slice(0, -1) : field;
    return [sampleInput(schema.element as z.ZodType, ids, itemField)];
  }
  if (schema instanceof z.ZodUnion) return sampleInput(schema.options[0] as z.ZodType, ids, field);
  if (schema instanceof z.ZodDate) return new Date();
  throw new Error(
    `sampleInput: no sample for ${schema.constructor.name} at "${field}"; teach the isolation suite this type`,
  );
}
