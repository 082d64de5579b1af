import type { Prisma, TenantTransaction } from '@storeloom/db';
import {
  domainEventSchemas,
  type DomainEventPayload,
  type DomainEventType,
} from '@storeloom/validators';

/**
 * Records a domain event in the outbox inside the caller's transaction: the event exists if and
 * only if the change it describes committed. Payloads are validated against the shared schema.
 */
export async function emitDomainEvent<T extends DomainEventType>(
  tx: TenantTransaction,
  tenantId: string,
  type: T,
  payload: DomainEventPayload<T>,
): Promise<void> {
  // Payloads are flat JSON (ids, numbers, strings), so the parsed value is stored as is.
  const data: Prisma.InputJsonObject = domainEventSchemas[type].parse(payload);
  await tx.domainEvent.create({ data: { tenantId, type, payload: data } });
}
