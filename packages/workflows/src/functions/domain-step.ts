import { isDomainError, type DomainErrorCode } from '@storeloom/core';
import { NonRetriableError } from 'inngest';

/** Refusals that may pass: a provider or email service briefly away, a rate limit. */
const TRANSIENT: readonly DomainErrorCode[] = ['UNAVAILABLE', 'TOO_MANY_REQUESTS'];

/**
 * Runs a step's domain work, turning a domain refusal that a retry cannot change (not found,
 * conflict, precondition failed, bad data) into a NonRetriableError, so the step fails at once
 * with the domain's message instead of after every retry. Anything else is retried as usual.
 */
export async function domainStep<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error) && !TRANSIENT.includes(error.code)) {
      throw new NonRetriableError(error.message, { cause: error });
    }
    throw error;
  }
}
