import { themeSchema, type Theme } from '@storeloom/validators';
import { z } from 'zod';

/** What a store without a usable theme looks like: the schema's defaults. */
export const defaultTheme: Theme = themeSchema.parse({});

const savedObject = z.record(z.string(), z.unknown());

/**
 * The saved theme (tenant JSON) as a complete Theme. A field that no longer parses (an old
 * value, a hand-edited row) falls back to its default on its own, so one bad value cannot reset
 * the rest of the store's look or break its pages.
 */
export function parseTheme(saved: unknown): Theme {
  const whole = themeSchema.safeParse(saved);
  if (whole.success) return whole.data;
  const fields = savedObject.safeParse(saved);
  if (!fields.success) return defaultTheme;

  const valid: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(themeSchema.shape)) {
    if (schema.safeParse(fields.data[key]).success) valid[key] = fields.data[key];
  }
  return themeSchema.parse(valid);
}
