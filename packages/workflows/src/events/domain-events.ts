import type { z } from 'zod';

import { domainEventSchemas, idSchema, type DomainEventType } from '@storeloom/validators';

/** `order.placed` → `order/placed`: Inngest's `<area>/<what>` naming of a domain event. */
export type WorkflowEventName<T extends string> = T extends `${infer Area}.${infer What}`
  ? `${Area}/${What}`
  : T;

export function workflowEventName<T extends string>(type: T): WorkflowEventName<T> {
  const dot = type.indexOf('.');
  const name = dot < 0 ? type : `${type.slice(0, dot)}/${type.slice(dot + 1)}`;
  // TypeScript cannot follow string slicing into a template literal type; the test pins it.
  return name as WorkflowEventName<T>;
}

export function isDomainEventType(value: string): value is DomainEventType {
  return Object.hasOwn(domainEventSchemas, value);
}

/**
 * The data of a relayed domain event: the outbox payload plus the store it belongs to, so a
 * function knows which tenant to scope its database work to.
 */
export function withTenant<S extends z.ZodObject>(
  schema: S,
): z.ZodObject<S['shape'] & { tenantId: typeof idSchema }> {
  return schema.extend({ tenantId: idSchema });
}
