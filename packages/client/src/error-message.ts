function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A line to show for a failed call. The API's messages are written for people (domain errors
 * keep theirs, 500s are replaced by the formatter), so they are shown as they are, with the
 * request id when there is one so support can find the log line.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error && error.message !== '' ? error.message : 'Request failed';
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  const requestId = typeof data?.requestId === 'string' ? data.requestId : undefined;
  return requestId !== undefined && data?.code === 'INTERNAL_SERVER_ERROR'
    ? `${message} (request ${requestId})`
    : message;
}

/** First zod message per field, from the API's flattened `zodError`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  const zodError = isRecord(data?.zodError) ? data.zodError : undefined;
  const fieldErrors = isRecord(zodError?.fieldErrors) ? zodError.fieldErrors : {};
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const first: unknown = Array.isArray(messages) ? messages[0] : undefined;
    if (typeof first === 'string') result[field] = first;
  }
  return result;
}
