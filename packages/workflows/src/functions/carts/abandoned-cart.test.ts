import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createAbandonedCartFunction } from './abandoned-cart.ts';

const fn = createAbandonedCartFunction(noDependencies);
// Activity at 10:07 falls in the 10:05–10:10 window: the cart counts as quiet from 10:10.
const activity = {
  name: 'cart/activity',
  data: { tenantId: 'tenant-1', cartId: 'cart-1', activityAt: '2026-03-04T10:07:30.000Z' },
};
const placed = {
  name: 'order/placed',
  data: { tenantId: 'tenant-1', orderId: 'order-1', number: 1050, total: 4000, cartId: 'cart-1' },
};
const sent = { emailId: 'email-1', status: 'sent' };
const reminders = { 'send-first-reminder': sent, 'send-second-reminder': sent };

describe('abandoned-cart', () => {
  it('sends nothing when the shopper buys within the hour', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: activity,
      steps: reminders,
      waitResults: [placed],
    });
    expect(ran).toEqual([]);
    expect(result).toEqual({ first: { status: 'purchased', orderId: 'order-1' } });
    expect(waits).toEqual([
      {
        id: 'wait-for-order-1h',
        options: {
          event: expect.objectContaining({ name: 'order/placed' }) as unknown,
          timeout: new Date('2026-03-04T11:10:00.000Z'),
          if: 'event.data.tenantId == async.data.tenantId && event.data.cartId == async.data.cartId',
        },
      },
    ]);
  });

  it('sends one reminder after an hour idle, and none after an order the next day', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: activity,
      steps: reminders,
      waitResults: [null, placed],
    });
    expect(ran).toEqual(['send-first-reminder']);
    expect(result).toEqual({ first: sent, second: { status: 'purchased', orderId: 'order-1' } });
    expect(waits.map((wait) => wait.id)).toEqual(['wait-for-order-1h', 'wait-for-order-24h']);
    expect(waits[1]?.options).toMatchObject({ timeout: new Date('2026-03-05T10:10:00.000Z') });
  });

  it('sends a second reminder after a day idle', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: activity,
      steps: reminders,
      waitResults: [null, null],
    });
    expect(ran).toEqual(['send-first-reminder', 'send-second-reminder']);
    expect(result).toEqual({ first: sent, second: sent });
  });

  it('exits when the cart had newer activity: the newer run owns it', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: activity,
      steps: {
        ...reminders,
        'send-first-reminder': { status: 'not_needed', reason: 'newer_activity' },
      },
      waitResults: [null, null],
    });
    expect(ran).toEqual(['send-first-reminder']);
    expect(waits).toHaveLength(1);
    expect(result).toEqual({ first: { status: 'not_needed', reason: 'newer_activity' } });
  });

  it('stops after a reminder the store turned off', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: activity,
      steps: { ...reminders, 'send-first-reminder': { emailId: null, status: 'skipped' } },
      waitResults: [null, null],
    });
    expect(ran).toEqual(['send-first-reminder']);
    expect(result).toEqual({ first: { emailId: null, status: 'skipped' } });
  });
});
