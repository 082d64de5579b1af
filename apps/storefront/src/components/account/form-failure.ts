import { stepErrorOf } from '~/components/checkout/input-issues';

/** What a form shows after a failed call: a sentence above it and messages under fields. */
export interface FormFailure {
  message: string;
  /** Waiting out a rate limit is not a mistake: it reads as a warning, not an error. */
  tone: 'danger' | 'warning';
  fields: Record<string, string>;
  /** The API's error code; undefined when the call never got an answer. */
  code?: string;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error;
  return typeof data === 'object' &&
    data !== null &&
    'code' in data &&
    typeof data.code === 'string'
    ? data.code
    : undefined;
}

/**
 * The API's own wording for refused input (zod's messages, written for people) and for every
 * domain error; a call that never reached the store gets a sentence about the connection.
 */
export function formFailureOf(error: unknown): FormFailure {
  const code = codeOf(error);
  if (code === undefined) {
    return {
      message: 'We could not reach the store. Check your connection and try again.',
      tone: 'danger',
      fields: {},
    };
  }
  const { message, fields } = stepErrorOf(error, [], (_field, issue) => issue.message);
  return { message, tone: code === 'TOO_MANY_REQUESTS' ? 'warning' : 'danger', fields, code };
}
