import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createRefundReceivedReturnFunction } from './refund-received-return.ts';

const fn = createRefundReceivedReturnFunction(noDependencies);
const received = {
  name: 'return/received',
  data: { tenantId: 'tenant-1', returnId: 'return-1', orderId: 'order-1' },
};

describe('refund-received-return', () => {
  it('refunds the received return in one step', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: received,
      steps: { 'refund-return': { refunded: true, refundId: 'refund-1', amount: 5000 } },
    });
    expect(ran).toEqual(['refund-return']);
    expect(result).toEqual({
      returnId: 'return-1',
      refunded: true,
      refundId: 'refund-1',
      amount: 5000,
    });
  });

  it('reports an exchange as not refunded', async () => {
    const { result } = await executeWithMockedSteps({
      fn,
      event: received,
      steps: { 'refund-return': { refunded: false, reason: 'exchange' } },
    });
    expect(result).toEqual({ returnId: 'return-1', refunded: false, reason: 'exchange' });
  });
});
