import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createSendDeliveryNoticeFunction } from './send-delivery-notice.ts';

const fn = createSendDeliveryNoticeFunction(noDependencies);
const moved = (to: string) => ({
  name: 'order/status_changed',
  data: { tenantId: 'tenant-1', orderId: 'order-1', from: 'fulfilled', to },
});

describe('send-delivery-notice', () => {
  it('emails the shopper when the order is delivered', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: moved('delivered'),
      steps: { 'send-delivered-email': { emailId: 'email-1', status: 'sent' } },
    });
    expect(ran).toEqual(['send-delivered-email']);
    expect(result).toEqual({ orderId: 'order-1', outcome: 'notified', email: 'sent' });
  });

  it('does nothing for any other status change', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: moved('processing'),
      steps: { 'send-delivered-email': { emailId: 'email-1', status: 'sent' } },
    });
    expect(ran).toEqual([]);
    expect(result).toEqual({ orderId: 'order-1', outcome: 'not-delivered' });
  });

  it('asks Inngest to start it only for deliveries', () => {
    expect(fn.opts.triggers).toEqual([
      expect.objectContaining({ if: "event.data.to == 'delivered'" }),
    ]);
  });
});
