import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import { PermissionDeniedError } from '@storeloom/auth';
import { DomainError } from '@storeloom/core';
import { TenantScopeViolationError } from '@storeloom/db';

import { toTRPCError } from './to-trpc-error.ts';

describe('toTRPCError', () => {
  it.each([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['CONFLICT', 'CONFLICT'],
    ['PRECONDITION_FAILED', 'PRECONDITION_FAILED'],
    ['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS'],
    ['UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
  ] as const)('maps the domain code %s to %s and keeps the message', (domainCode, trpcCode) => {
    const mapped = toTRPCError(new DomainError(domainCode, 'Readable reason'));
    expect(mapped).toMatchObject({ code: trpcCode, message: 'Readable reason' });
  });

  it('recognises a domain error from another copy of the module by its shape', () => {
    const foreign = Object.assign(new Error('From another bundle'), {
      name: 'DomainError',
      code: 'CONFLICT',
    });
    expect(toTRPCError(foreign)).toMatchObject({
      code: 'CONFLICT',
      message: 'From another bundle',
    });
  });

  it('makes a scope violation look like a missing row', () => {
    expect(toTRPCError(new TenantScopeViolationError('Product', 'read'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Not found',
    });
  });

  it("maps permission denials and Prisma's known codes", () => {
    expect(toTRPCError(new PermissionDeniedError('store:update', 'viewer')).code).toBe('FORBIDDEN');
    expect(toTRPCError(Object.assign(new Error('x'), { code: 'P2025' })).code).toBe('NOT_FOUND');
    expect(toTRPCError(Object.assign(new Error('x'), { code: 'P2002' })).code).toBe('CONFLICT');
  });

  it('answers a timed-out or conflicting transaction as retryable', () => {
    for (const code of ['P2028', 'P2034']) {
      const error = toTRPCError(Object.assign(new Error('Transaction already closed'), { code }));
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toBe('The store is busy right now. Please try again.');
    }
  });

  it('hides anything unknown behind INTERNAL_SERVER_ERROR', () => {
    const mapped = toTRPCError(new Error('connection string with a password'));
    expect(mapped.code).toBe('INTERNAL_SERVER_ERROR');
    expect(mapped.message).toBe('Something went wrong');
  });

  it('passes TRPCErrors through', () => {
    const error = new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in' });
    expect(toTRPCError(error)).toBe(error);
  });
});
