import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createSendShippingUpdateFunction } from './send-shipping-update.ts';

const fn = createSendShippingUpdateFunction(noDependencies);
const created = {
  name: 'shipment/created',
  data: { tenantId: 'tenant-1', orderId: 'order-1', shipmentId: 'ship-1' },
};

describe('send-shipping-update', () => {
  it('emails the tracking number, then checks the order is fulfilled', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: created,
      steps: {
        'send-shipping-email': { emailId: 'email-1', status: 'sent' },
        'verify-fulfilment': {
          status: 'fulfilled',
          fulfillmentStatus: 'fulfilled',
          allShipped: true,
          consistent: true,
        },
      },
    });
    expect(ran).toEqual(['send-shipping-email', 'verify-fulfilment']);
    expect(result).toEqual({
      shipmentId: 'ship-1',
      email: 'sent',
      fulfillmentStatus: 'fulfilled',
    });
  });

  it('fails the run when the order does not agree with its shipped lines', async () => {
    const { error } = await executeWithMockedSteps({
      fn,
      event: created,
      steps: {
        'send-shipping-email': { emailId: null, status: 'no_tracking' },
        'verify-fulfilment': {
          status: 'processing',
          fulfillmentStatus: 'partially_fulfilled',
          allShipped: true,
          consistent: false,
        },
      },
    });
    expect(error).toMatchObject({
      message: 'Order order-1 is partially_fulfilled but its lines say everything has shipped',
    });
  });
});
