import { lowStockAlertEmail, sendLowStockAlert, stockAlertRecipients } from '@storeloom/core';

import { inngest } from '../../client.ts';
import { inventoryLowStockEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const lowStockAlertFunctionId = 'low-stock-alert';

/**
 * Tells the people who run the store (owners and admins) that a variant ran low at a location
 * (`inventory.low_stock`, emitted when availability crosses the variant's threshold).
 *
 * 1. `load-alert`: the `low_stock` email (product, variant, SKU, location, available, threshold)
 *    and its recipients (`stockAlertRecipients`).
 * 2. `email-<userId>`: one step per recipient, so a failing address does not hold up the others;
 *    the idempotency key is the event and the member.
 *
 * Compensation: none; an email cannot be taken back, and nothing else changes.
 */
export function createLowStockAlertFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: lowStockAlertFunctionId,
      name: 'Inventory: alert the store of low stock',
      triggers: [inventoryLowStockEvent],
    },
    async ({ event, step }) => {
      const { tenantId, variantId, locationId, available, threshold } = event.data;
      // The outbox id of the relayed event: one alert per event and member.
      const alertId = event.id;
      const alert = await step.run('load-alert', () =>
        domainStep(async () => {
          const { db } = dependenciesFor(resolve, tenantId);
          const data = await lowStockAlertEmail({
            db,
            variantId,
            locationId,
            available,
            threshold,
          });
          return { data, recipients: await stockAlertRecipients({ db }) };
        }),
      );
      const emails: Record<string, string> = {};
      for (const recipient of alert.recipients) {
        const sent = await step.run(`email-${recipient.userId}`, () =>
          domainStep(() => {
            const { db, email } = dependenciesFor(resolve, tenantId);
            return sendLowStockAlert({
              db,
              tenantId,
              to: recipient.email,
              data: alert.data,
              idempotencyKey: `low-stock:${alertId}:${recipient.userId}`,
              transport: email,
            });
          }),
        );
        emails[recipient.email] = sent.status;
      }
      return { emails };
    },
  );
}

export const alertLowStock = createLowStockAlertFunction();
