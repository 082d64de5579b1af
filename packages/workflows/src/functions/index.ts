import type { InngestFunction } from 'inngest';

import { confirmOrder } from './checkout/confirm-order.ts';
import { sendDeliveryNotice } from './fulfilment/send-delivery-notice.ts';
import { sendShippingUpdate } from './fulfilment/send-shipping-update.ts';
import { sendRefundNotice } from './refunds/send-refund-notice.ts';
import { refundReceivedReturnFunction } from './returns/refund-received-return.ts';
import { sendReturnUpdate } from './returns/send-return-update.ts';
import { runQueuedAiGeneration } from './ai/run-ai-generation.ts';
import { remindAbandonedCart } from './carts/abandoned-cart.ts';
import { estimateToOrder } from './estimates/estimate-to-order.ts';
import { alertLowStock } from './inventory/low-stock-alert.ts';
import { sendStaffInvitation } from './members/send-staff-invitation.ts';

/** Every workflow function, served at /api/inngest and driven by the local runner. */
export const functions: InngestFunction.Any[] = [
  confirmOrder,
  sendShippingUpdate,
  sendDeliveryNotice,
  sendReturnUpdate,
  refundReceivedReturnFunction,
  sendRefundNotice,
  estimateToOrder,
  runQueuedAiGeneration,
  remindAbandonedCart,
  alertLowStock,
  sendStaffInvitation,
];
