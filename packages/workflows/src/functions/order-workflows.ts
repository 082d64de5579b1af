import type { ResolveDependencies } from '../workflow-dependencies.ts';
import { createConfirmOrderFunction } from './checkout/confirm-order.ts';
import { createSendDeliveryNoticeFunction } from './fulfilment/send-delivery-notice.ts';
import { createSendShippingUpdateFunction } from './fulfilment/send-shipping-update.ts';
import { createSendRefundNoticeFunction } from './refunds/send-refund-notice.ts';
import { createRefundReceivedReturnFunction } from './returns/refund-received-return.ts';
import { createSendReturnUpdateFunction } from './returns/send-return-update.ts';

/**
 * The order workflows (checkout, fulfilment, returns and refunds) built on the given
 * dependencies: what tests run through the local runner with a test database, the payment fakes
 * and a moved clock. `functions` (index.ts) lists the same functions built on the process's own.
 */
export function createOrderWorkflows(resolve: ResolveDependencies) {
  return [
    createConfirmOrderFunction(resolve),
    createSendShippingUpdateFunction(resolve),
    createSendDeliveryNoticeFunction(resolve),
    createSendReturnUpdateFunction(resolve),
    createRefundReceivedReturnFunction(resolve),
    createSendRefundNoticeFunction(resolve),
  ];
}
