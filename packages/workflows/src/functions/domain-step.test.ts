import { DomainError } from '@storeloom/core';
import { NonRetriableError } from 'inngest';
import { describe, expect, it } from 'vitest';

import { domainStep } from './domain-step.ts';

describe('domainStep', () => {
  it('fails a step at once on a refusal a retry cannot change', async () => {
    const refused = domainStep(() => Promise.reject(new DomainError('CONFLICT', 'Only 1 left')));
    await expect(refused).rejects.toBeInstanceOf(NonRetriableError);
    await expect(refused).rejects.toMatchObject({ message: 'Only 1 left' });
  });

  it('leaves passing refusals and other errors to the retries', async () => {
    const away = new DomainError('UNAVAILABLE', 'Email provider down');
    await expect(domainStep(() => Promise.reject(away))).rejects.toBe(away);
    const bug = new TypeError('undefined is not a function');
    await expect(domainStep(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(domainStep(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
