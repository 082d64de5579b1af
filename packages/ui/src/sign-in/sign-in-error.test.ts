import { describe, expect, it } from 'vitest';

import { signInResultFromError } from './sign-in-error';

function trpcError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe('signInResultFromError', () => {
  it('maps zod field errors onto the fields', () => {
    const error = trpcError('invalid', {
      code: 'BAD_REQUEST',
      zodError: { formErrors: [], fieldErrors: { email: ['Enter a valid email address'] } },
    });
    expect(signInResultFromError(error)).toEqual({
      ok: false,
      fieldErrors: { email: 'Enter a valid email address', password: undefined },
    });
  });

  it("keeps the server's wording for wrong credentials", () => {
    const error = trpcError('Email or password is incorrect', { code: 'UNAUTHORIZED' });
    expect(signInResultFromError(error)).toEqual({
      ok: false,
      message: 'Email or password is incorrect',
    });
  });

  it('shows rate limiting as a warning', () => {
    const error = trpcError('Too many attempts. Try again in 5 minutes.', {
      code: 'TOO_MANY_REQUESTS',
    });
    expect(signInResultFromError(error)).toMatchObject({ ok: false, tone: 'warning' });
  });

  it('hides unexpected failures behind a generic line', () => {
    const result = signInResultFromError(new TypeError('Failed to fetch'));
    if (result.ok) throw new Error('expected a failure');
    expect(result.message).not.toContain('fetch');
  });
});
