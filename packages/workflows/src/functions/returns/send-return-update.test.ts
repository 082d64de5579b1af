import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createSendReturnUpdateFunction } from './send-return-update.ts';

const fn = createSendReturnUpdateFunction(noDependencies);
const data = { tenantId: 'tenant-1', returnId: 'return-1', orderId: 'order-1' };

describe('send-return-update', () => {
  it.each([
    ['return/requested', 'requested'],
    ['return/approved', 'approved'],
    ['return/rejected', 'rejected'],
    ['return/received', 'received'],
  ])('announces %s as %s', async (name, status) => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: { name, data },
      steps: { 'send-return-email': { emailId: 'email-1', status: 'sent' } },
    });
    expect(ran).toEqual(['send-return-email']);
    expect(result).toEqual({ returnId: 'return-1', outcome: 'notified', status, email: 'sent' });
  });

  it('listens to every step of a return', () => {
    expect(fn.opts.triggers?.map((trigger) => 'event' in trigger && trigger.event)).toEqual([
      'return/requested',
      'return/approved',
      'return/rejected',
      'return/received',
    ]);
  });
});
