/**
 * Errors a caller can act on. The API's errorFormatter maps each code to a tRPC code and keeps
 * the message; anything else that escapes a procedure is a bug and becomes a generic 500.
 */
export const domainErrorCodes = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'CONFLICT',
  'BAD_REQUEST',
  'PRECONDITION_FAILED',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const preconditionFailed = (message: string) =>
  new DomainError('PRECONDITION_FAILED', message);

/** Recognises domain errors by shape, so copies of this module in separate bundles agree. */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof Error &&
    error.name === 'DomainError' &&
    'code' in error &&
    typeof error.code === 'string' &&
    (domainErrorCodes as readonly string[]).includes(error.code)
  );
}

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_REQUEST', message, details);
