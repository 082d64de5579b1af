import { domainEventSchemas as domain } from '@storeloom/validators';
import { eventType } from 'inngest';

import { withTenant } from './domain-events.ts';

// Typed triggers for the functions, one per domain event a workflow listens to. Each is the
// domain event's name in Inngest's form (`order.placed` → `order/placed`) and its payload plus
// `tenantId`; the relay produces exactly these (events.test.ts holds the two sides together).
export const orderPlacedEvent = eventType('order/placed', {
  schema: withTenant(domain['order.placed']),
});
export const orderCancelledEvent = eventType('order/cancelled', {
  schema: withTenant(domain['order.cancelled']),
});
export const orderStatusChangedEvent = eventType('order/status_changed', {
  schema: withTenant(domain['order.status_changed']),
});
export const paymentCapturedEvent = eventType('payment/captured', {
  schema: withTenant(domain['payment.captured']),
});
export const paymentFailedEvent = eventType('payment/failed', {
  schema: withTenant(domain['payment.failed']),
});
export const aiGenerationRequestedEvent = eventType('ai/generation.requested', {
  schema: withTenant(domain['ai.generation.requested']),
});
export const cartActivityEvent = eventType('cart/activity', {
  schema: withTenant(domain['cart.activity']),
});
export const shipmentCreatedEvent = eventType('shipment/created', {
  schema: withTenant(domain['shipment.created']),
});
export const returnRequestedEvent = eventType('return/requested', {
  schema: withTenant(domain['return.requested']),
});
export const returnApprovedEvent = eventType('return/approved', {
  schema: withTenant(domain['return.approved']),
});
export const returnRejectedEvent = eventType('return/rejected', {
  schema: withTenant(domain['return.rejected']),
});
export const returnReceivedEvent = eventType('return/received', {
  schema: withTenant(domain['return.received']),
});
export const memberInvitedEvent = eventType('member/invited', {
  schema: withTenant(domain['member.invited']),
});
export const refundRecordedEvent = eventType('refund/recorded', {
  schema: withTenant(domain['refund.recorded']),
});
export const estimateAcceptedEvent = eventType('estimate/accepted', {
  schema: withTenant(domain['estimate.accepted']),
});
export const inventoryLowStockEvent = eventType('inventory/low_stock', {
  schema: withTenant(domain['inventory.low_stock']),
});

export {
  isDomainEventType,
  withTenant,
  workflowEventName,
  type WorkflowEventName,
} from './domain-events.ts';
