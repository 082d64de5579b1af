import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createLowStockAlertFunction } from './low-stock-alert.ts';

const fn = createLowStockAlertFunction(noDependencies);
const lowStock = {
  name: 'inventory/low_stock',
  data: {
    tenantId: 'tenant-1',
    variantId: 'variant-1',
    locationId: 'location-1',
    available: 2,
    threshold: 3,
  },
};
const data = {
  items: [
    {
      productTitle: 'Linen Shirt',
      variantTitle: 'M',
      sku: 'LIN-M',
      locationName: 'Main',
      available: 2,
      threshold: 3,
    },
  ],
};

describe('low-stock-alert', () => {
  it('emails each owner and admin in a step of their own', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: lowStock,
      steps: {
        'load-alert': {
          data,
          recipients: [
            { userId: 'owner-1', email: 'owner@store.test' },
            { userId: 'admin-1', email: 'admin@store.test' },
          ],
        },
        'email-owner-1': { emailId: 'email-1', status: 'sent' },
        'email-admin-1': { emailId: 'email-2', status: 'failed' },
      },
    });
    expect(ran).toEqual(['load-alert', 'email-owner-1', 'email-admin-1']);
    expect(result).toEqual({
      emails: { 'owner@store.test': 'sent', 'admin@store.test': 'failed' },
    });
  });

  it('sends nothing when the store has nobody to alert', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: lowStock,
      steps: { 'load-alert': { data, recipients: [] } },
    });
    expect(ran).toEqual(['load-alert']);
    expect(result).toEqual({ emails: {} });
  });
});
