import { readOrderFulfilment, sendShippingUpdateEmail } from '@storeloom/core';
import { NonRetriableError } from 'inngest';

import { inngest } from '../../client.ts';
import { shipmentCreatedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const sendShippingUpdateFunctionId = 'send-shipping-update';

/**
 * A parcel left: the shopper gets the carrier and tracking number. Marking the order fulfilled
 * when every line has shipped is createShipment's own job, in the shipment's transaction; this
 * only checks that the order says so, and fails loudly (in the run history) if it does not.
 */
export function createSendShippingUpdateFunction(
  resolve: ResolveDependencies = processDependencies,
) {
  return inngest.createFunction(
    {
      id: sendShippingUpdateFunctionId,
      name: 'Fulfilment: send the shipping update',
      triggers: [shipmentCreatedEvent],
    },
    async ({ event, step }) => {
      const { tenantId, orderId, shipmentId } = event.data;
      const deps = () => dependenciesFor(resolve, tenantId);

      const email = await step.run('send-shipping-email', () =>
        domainStep(() => {
          const { db, email: transport } = deps();
          return sendShippingUpdateEmail({ db, tenantId, shipmentId, transport });
        }),
      );
      const fulfilment = await step.run('verify-fulfilment', () =>
        domainStep(() => readOrderFulfilment({ db: deps().db, orderId })),
      );
      if (!fulfilment.consistent) {
        throw new NonRetriableError(
          `Order ${orderId} is ${fulfilment.fulfillmentStatus} but its lines say ${
            fulfilment.allShipped ? 'everything' : 'not everything'
          } has shipped`,
        );
      }
      return { shipmentId, email: email.status, fulfillmentStatus: fulfilment.fulfillmentStatus };
    },
  );
}

export const sendShippingUpdate = createSendShippingUpdateFunction();
