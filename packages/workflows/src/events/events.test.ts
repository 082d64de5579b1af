import { domainEventSchemas } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { toWorkflowEvent } from '../relay-domain-events.ts';
import * as events from './index.ts';
import { isDomainEventType, workflowEventName } from './domain-events.ts';

describe('workflow events', () => {
  it('name each domain event in Inngest form', () => {
    expect(workflowEventName('order.placed')).toBe('order/placed');
    expect(workflowEventName('inventory.low_stock')).toBe('inventory/low_stock');
    expect(workflowEventName('ai.generation.requested')).toBe('ai/generation.requested');
  });

  it('have a typed trigger for a domain event of the same name and payload', () => {
    const triggers = Object.values(events).filter(
      (value): value is typeof events.orderPlacedEvent =>
        typeof value === 'object' && 'name' in value && 'schema' in value,
    );
    expect(triggers.length).toBeGreaterThan(5);
    const names = Object.keys(domainEventSchemas).map((type) => workflowEventName(type));
    for (const trigger of triggers) expect(names).toContain(trigger.name);
    expect(isDomainEventType('order.placed')).toBe(true);
    expect(isDomainEventType('order/placed')).toBe(false);
  });

  it('are what the relay sends: the payload plus its store, under the outbox id', () => {
    const event = toWorkflowEvent({
      id: 'evt-1',
      tenantId: 'tenant-1',
      type: 'order.placed',
      payload: { orderId: 'order-1', number: 7, total: 1999 },
      occurredAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(event).toEqual({
      id: 'evt-1',
      name: 'order/placed',
      data: { orderId: 'order-1', number: 7, total: 1999, tenantId: 'tenant-1' },
      ts: Date.parse('2026-01-01T00:00:00.000Z'),
    });
    expect(events.orderPlacedEvent.schema.safeParse(event.data).success).toBe(true);
  });
});
