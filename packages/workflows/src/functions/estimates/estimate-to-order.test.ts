import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createEstimateToOrderFunction } from './estimate-to-order.ts';

const fn = createEstimateToOrderFunction(noDependencies);
const accepted = {
  name: 'estimate/accepted',
  data: { tenantId: 'tenant-1', estimateId: 'estimate-1' },
};
const converted = { orderId: 'order-1', number: 1043, created: true };

describe('estimate-to-order', () => {
  it('converts the estimate, then emails the customer the invoice', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: accepted,
      steps: {
        'convert-estimate': converted,
        'email-customer': { emailId: 'email-1', status: 'sent' },
      },
    });
    expect(ran).toEqual(['convert-estimate', 'email-customer']);
    expect(result).toEqual({ orderId: 'order-1', orderNumber: 1043, email: 'sent' });
  });

  it('leaves a disabled email template alone', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: accepted,
      steps: {
        'convert-estimate': { ...converted, created: false },
        'email-customer': { emailId: null, status: 'skipped' },
      },
    });
    expect(ran).toEqual(['convert-estimate', 'email-customer']);
    expect(result).toMatchObject({ orderId: 'order-1', email: 'skipped' });
  });

  it('notes on the order that the customer was not emailed when the provider refused', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: accepted,
      steps: {
        'convert-estimate': converted,
        'email-customer': { emailId: 'email-1', status: 'failed' },
        'note-email-not-sent': null,
      },
    });
    expect(ran).toEqual(['convert-estimate', 'email-customer', 'note-email-not-sent']);
    expect(result).toMatchObject({ email: 'failed' });
  });
});
