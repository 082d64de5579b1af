import { z } from 'zod';

/** First message per field of a form checked in the browser, keyed like `fieldErrorsOf`. */
export function localFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors)) {
    const first: unknown = Array.isArray(messages) ? messages[0] : undefined;
    if (typeof first === 'string') result[field] = first;
  }
  return result;
}
