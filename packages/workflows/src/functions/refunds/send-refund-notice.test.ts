import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createSendRefundNoticeFunction } from './send-refund-notice.ts';

const fn = createSendRefundNoticeFunction(noDependencies);

describe('send-refund-notice', () => {
  it('emails the shopper about each recorded refund', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: {
        name: 'refund/recorded',
        data: { tenantId: 'tenant-1', refundId: 'refund-1', orderId: 'order-1', amount: 5000 },
      },
      steps: { 'send-refund-email': { emailId: 'email-1', status: 'sent' } },
    });
    expect(ran).toEqual(['send-refund-email']);
    expect(result).toEqual({ refundId: 'refund-1', email: 'sent' });
  });

  it('fails the run (to be retried) when the step cannot reach its dependencies', async () => {
    const { error, ran } = await executeWithMockedSteps({
      fn,
      event: {
        name: 'refund/recorded',
        data: { tenantId: 'tenant-1', refundId: 'refund-1', orderId: 'order-1', amount: 5000 },
      },
      steps: {},
    });
    expect(ran).toEqual([]);
    expect(JSON.stringify(error)).toContain('not mocked');
  });
});
