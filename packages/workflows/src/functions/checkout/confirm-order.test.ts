import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createConfirmOrderFunction } from './confirm-order.ts';

const fn = createConfirmOrderFunction(noDependencies);
const deadline = '2030-03-01T11:00:00.000Z';
const placed = {
  name: 'order/placed',
  data: { tenantId: 'tenant-1', orderId: 'order-1', number: 1042, total: 5500 },
};
const captured = {
  name: 'payment/captured',
  data: { tenantId: 'tenant-1', orderId: 'order-1', paymentId: 'pay-1', amount: 5500 },
};
const hold = (payment: string, fromCheckout = true) => ({
  fromCheckout,
  provider: 'stripe',
  deadline,
  payment,
});
const sent = { emailId: 'email-1', status: 'sent' };

describe('confirm-order', () => {
  it('confirms an order that is already paid without waiting', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('paid'),
        'confirm-order': { confirmed: true, status: 'processing' },
        'send-order-confirmation': sent,
      },
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'confirmed' });
    expect(ran).toEqual(['hold-stock-for-payment', 'confirm-order', 'send-order-confirmation']);
    expect(waits).toEqual([]);
  });

  it('waits for the capture of this order until the deadline, then confirms it', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('unpaid'),
        'read-payment-state': 'paid',
        'confirm-order': { confirmed: true, status: 'processing' },
        'send-order-confirmation': sent,
      },
      waitResults: [captured],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'confirmed' });
    expect(ran).toEqual([
      'hold-stock-for-payment',
      'read-payment-state',
      'confirm-order',
      'send-order-confirmation',
    ]);
    expect(waits.map((wait) => wait.id)).toEqual(['wait-for-payment']);
    expect(waits[0]?.options).toMatchObject({
      event: { name: 'payment/captured' },
      timeout: new Date(deadline),
      if: 'event.data.orderId == async.data.orderId',
    });
  });

  it('keeps waiting after a deposit until the rest is captured', async () => {
    const { result, ran, waits } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('unpaid'),
        'read-payment-state': 'partially_paid',
        'read-payment-state:1': 'paid',
        'confirm-order': { confirmed: true, status: 'processing' },
        'send-order-confirmation': sent,
      },
      waitResults: [captured, captured],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'confirmed' });
    expect(waits).toHaveLength(2);
    expect(ran).toContain('read-payment-state:1');
  });

  it('cancels an order still unpaid at the deadline and tells the shopper', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('unpaid'),
        'cancel-unpaid-order': { cancelled: true },
        'send-payment-timeout-email': sent,
      },
      waitResults: [null],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'cancelled' });
    expect(ran).toEqual([
      'hold-stock-for-payment',
      'cancel-unpaid-order',
      'send-payment-timeout-email',
    ]);
  });

  it('confirms an order whose payment landed just after the wait timed out', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('unpaid'),
        'cancel-unpaid-order': { cancelled: false, payment: 'paid' },
        'confirm-order': { confirmed: true, status: 'processing' },
        'send-order-confirmation': sent,
      },
      waitResults: [null],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'confirmed' });
    expect(ran).not.toContain('send-payment-timeout-email');
  });

  it('leaves a partly paid order to the merchant at the deadline', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('partially_paid'),
        'cancel-unpaid-order': { cancelled: false, payment: 'partially_paid' },
      },
      waitResults: [null],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'partially-paid' });
    expect(ran).toEqual(['hold-stock-for-payment', 'cancel-unpaid-order']);
  });

  it('stops when the merchant cancelled the order during the wait', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: { 'hold-stock-for-payment': hold('unpaid'), 'read-payment-state': 'cancelled' },
      waitResults: [captured],
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'cancelled-elsewhere' });
    expect(ran).toEqual(['hold-stock-for-payment', 'read-payment-state']);
  });

  it('leaves orders that did not come from checkout alone', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: { 'hold-stock-for-payment': hold('unpaid', false) },
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'not-from-checkout' });
    expect(ran).toEqual(['hold-stock-for-payment']);
  });

  it('sends no confirmation for an order refunded before it could be confirmed', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: placed,
      steps: {
        'hold-stock-for-payment': hold('paid'),
        'confirm-order': { confirmed: false, status: 'refunded' },
      },
    });
    expect(result).toEqual({ orderId: 'order-1', outcome: 'not-confirmed', status: 'refunded' });
    expect(ran).not.toContain('send-order-confirmation');
  });
});
