import {
  convertAcceptedEstimate,
  noteEstimateEmailNotSent,
  sendEstimateAcceptedEmail,
} from '@storeloom/core';

import { inngest } from '../../client.ts';
import { estimateAcceptedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const estimateToOrderFunctionId = 'estimate-to-order';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * An estimate the customer accepted becomes an order, and the customer gets the invoice.
 *
 * 1. `convert-estimate`: the accepted estimate becomes an order awaiting payment with its costs
 *    kept and stock held (`convertAcceptedEstimate`; a repeat, or an estimate a merchant
 *    converted meanwhile, answers with the existing order: one order per estimate).
 * 2. `email-customer`: the `estimate_accepted` email with the order's invoice PDF attached, the
 *    deposit invoice when the estimate asks a deposit (idempotency key per estimate).
 *
 * Compensation: the conversion is not undone when the email cannot go out (the customer
 * accepted; the order is right). `note-email-not-sent` writes that on the order's timeline so
 * the merchant follows up. There is no merchant notification: no email template exists for it.
 */
export function createEstimateToOrderFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: estimateToOrderFunctionId,
      name: 'Estimates: turn an accepted estimate into an order',
      triggers: [estimateAcceptedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, estimateId } = event.data;
      const order = await step.run('convert-estimate', () =>
        domainStep(() => {
          const { db, now } = dependenciesFor(resolve, tenantId);
          return convertAcceptedEstimate({ db, tenantId, estimateId, now: now() });
        }),
      );
      const noteNotSent = (reason: string) =>
        step.run('note-email-not-sent', () => {
          const { db } = dependenciesFor(resolve, tenantId);
          return noteEstimateEmailNotSent({ db, tenantId, orderId: order.orderId, reason });
        });

      let email;
      try {
        email = await step.run('email-customer', () =>
          domainStep(() => {
            const deps = dependenciesFor(resolve, tenantId);
            return sendEstimateAcceptedEmail({
              db: deps.db,
              tenantId,
              estimateId,
              transport: deps.email,
            });
          }),
        );
      } catch (error) {
        await noteNotSent(messageOf(error));
        throw error;
      }
      if (email.status === 'failed') await noteNotSent('the email provider refused it');
      return { orderId: order.orderId, orderNumber: order.number, email: email.status };
    },
  );
}

export const estimateToOrder = createEstimateToOrderFunction();
