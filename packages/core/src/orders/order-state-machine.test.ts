import { describe, expect, it } from 'vitest';

import { orderStatuses } from '@storeloom/validators';

import { isDomainError } from '../errors/domain-error.ts';
import { assertTransition, canTransition, ORDER_TRANSITIONS } from './order-state-machine.ts';

/** Written out independently of ORDER_TRANSITIONS: each row is "from", then the allowed "to"s. */
const allowed: Record<string, string[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: [
    'processing',
    'partially_fulfilled',
    'fulfilled',
    'cancelled',
    'partially_refunded',
    'refunded',
  ],
  processing: ['partially_fulfilled', 'fulfilled', 'cancelled', 'partially_refunded', 'refunded'],
  partially_fulfilled: ['fulfilled', 'partially_refunded', 'refunded'],
  fulfilled: ['delivered', 'partially_refunded', 'refunded'],
  delivered: ['partially_refunded', 'refunded'],
  partially_refunded: ['refunded'],
  cancelled: [],
  refunded: [],
};

const pairs = orderStatuses.flatMap((from) => orderStatuses.map((to) => [from, to] as const));

describe('order state machine', () => {
  it('covers every status of the schema', () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...orderStatuses].sort());
  });

  it.each(pairs)('%s -> %s follows the matrix', (from, to) => {
    const expected = allowed[from]?.includes(to) ?? false;
    expect(canTransition(from, to)).toBe(expected);
    if (expected) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      let thrown: unknown;
      try {
        assertTransition(from, to);
      } catch (error) {
        thrown = error;
      }
      expect(isDomainError(thrown) && thrown.code).toBe('PRECONDITION_FAILED');
    }
  });

  it('never lets a status move to itself, and keeps cancelled and refunded final', () => {
    for (const status of orderStatuses) expect(canTransition(status, status)).toBe(false);
    expect(ORDER_TRANSITIONS.cancelled).toEqual([]);
    expect(ORDER_TRANSITIONS.refunded).toEqual([]);
  });

  it('explains a refused move in words', () => {
    expect(() => assertTransition('delivered', 'paid')).toThrow(
      'An order that is delivered cannot become paid',
    );
    expect(() => assertTransition('pending_payment', 'partially_fulfilled')).toThrow(
      'An order that is pending payment cannot become partially fulfilled',
    );
  });
});
