import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

import { type DomainErrorCode, isDomainError } from '@storeloom/core';
import { isTenantScopeViolation } from '@storeloom/db';

const codeMap: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHORIZED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  BAD_REQUEST: 'BAD_REQUEST',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

// Duck-typed like the other checks: the error may come from another bundle's copy of the package.
function isPermissionDenied(error: unknown): error is Error {
  return error instanceof Error && error.name === 'PermissionDeniedError';
}

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns what a domain function threw into the error a caller sees. Known errors keep their
 * message; a scope violation looks exactly like a missing row from outside; anything else stays
 * an INTERNAL_SERVER_ERROR whose message the formatter hides.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (isDomainError(error)) {
    return new TRPCError({ code: codeMap[error.code], message: error.message, cause: error });
  }
  if (isPermissionDenied(error)) {
    return new TRPCError({ code: 'FORBIDDEN', message: error.message, cause: error });
  }
  if (isTenantScopeViolation(error)) {
    return new TRPCError({ code: 'NOT_FOUND', message: 'Not found', cause: error });
  }
  switch (prismaCode(error)) {
    case 'P2025':
      return new TRPCError({ code: 'NOT_FOUND', message: 'Not found', cause: error });
    case 'P2002':
      return new TRPCError({ code: 'CONFLICT', message: 'That already exists', cause: error });
    case 'P2003':
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: 'A referenced record does not exist',
        cause: error,
      });
    // A transaction that timed out or could not start (P2028), or lost a write conflict (P2034),
    // changed nothing: the same call is safe to repeat once the database is less busy.
    case 'P2028':
    case 'P2034':
      return new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'The store is busy right now. Please try again.',
        cause: error,
      });
  }
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong',
    cause: error instanceof Error ? error : undefined,
  });
}
