import type { SignInFieldErrors, SignInResult } from './types';

interface ErrorShape {
  message: string;
  code: string | undefined;
  fieldErrors: Record<string, unknown> | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads the tRPC error shape structurally, because this package must not depend on tRPC. */
function readError(error: unknown): ErrorShape {
  const message = error instanceof Error ? error.message : 'Sign-in failed';
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  const code = typeof data?.code === 'string' ? data.code : undefined;
  const zodError = isRecord(data?.zodError) ? data.zodError : undefined;
  const fieldErrors = isRecord(zodError?.fieldErrors) ? zodError.fieldErrors : undefined;
  return { message, code, fieldErrors };
}

function firstMessage(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  return typeof first === 'string' ? first : undefined;
}

/**
 * Turns a failed `auth.signIn` call into what the form shows: field errors from zod, the
 * server's own wording for wrong credentials and rate limits, and a generic line otherwise
 * (a network failure's message means nothing to the person signing in).
 */
export function signInResultFromError(error: unknown): SignInResult {
  const { message, code, fieldErrors } = readError(error);
  if (code === 'BAD_REQUEST' && fieldErrors !== undefined) {
    const fields: SignInFieldErrors = {
      email: firstMessage(fieldErrors.email),
      password: firstMessage(fieldErrors.password),
    };
    if (fields.email !== undefined || fields.password !== undefined) {
      return { ok: false, fieldErrors: fields };
    }
  }
  switch (code) {
    case 'UNAUTHORIZED':
      return { ok: false, message: message || 'Email or password is incorrect' };
    case 'TOO_MANY_REQUESTS':
      return {
        ok: false,
        tone: 'warning',
        message: message || 'Too many sign-in attempts. Wait a few minutes and try again.',
      };
    case 'PRECONDITION_FAILED':
      return { ok: false, message };
    default:
      return {
        ok: false,
        message: 'We could not sign you in right now. Check your connection and try again.',
      };
  }
}
