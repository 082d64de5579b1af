import type { z } from 'zod';

import { AiError } from '../ai-error.ts';
import type { GeneratedText } from '../ai-provider.ts';

/** Some local models wrap JSON in a Markdown fence even in JSON mode. */
function unfence(text: string): string {
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(text.trim());
  return fenced?.[1] ?? text;
}

/**
 * Parses a JSON answer against the shape a generator expects. Anything else is `invalid_output`:
 * garbage is never stored as a result.
 */
export function parseJsonOutput<T extends z.ZodType>(
  result: GeneratedText,
  schema: T,
): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(unfence(result.text));
  } catch {
    throw new AiError(
      'invalid_output',
      `The AI provider ${result.provider} answered with something that is not JSON. Try again.`,
      result.provider,
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AiError(
      'invalid_output',
      `The AI provider ${result.provider} answered in an unexpected shape. Try again.`,
      result.provider,
    );
  }
  return parsed.data;
}
