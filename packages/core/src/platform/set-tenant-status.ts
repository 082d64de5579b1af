import type { UnscopedClient } from '@storeloom/db/unscoped';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';

/** Suspending closes the storefront (503) and the admin for members; nothing is deleted. */
export async function suspendTenant({
  db,
  actor,
  tenantId,
  reason,
}: {
  db: UnscopedClient;
  actor: Actor;
  tenantId: string;
  reason: string;
}) {
  return db.$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant) throw notFound('Store');
    if (tenant.status !== 'active')
      throw preconditionFailed(`The store is ${tenant.status}, not active`);
    const updated = await tx.tenant.update({
      where: { id: tenantId },
      data: { status: 'suspended', suspendedAt: new Date(), suspendedReason: reason },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'tenant.suspend',
      targetType: 'Tenant',
      targetId: tenantId,
      before: { status: tenant.status },
      after: { status: updated.status, reason },
    });
    return updated;
  });
}

export async function resumeTenant({
  db,
  actor,
  tenantId,
}: {
  db: UnscopedClient;
  actor: Actor;
  tenantId: string;
}) {
  return db.$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant) throw notFound('Store');
    if (tenant.status !== 'suspended')
      throw preconditionFailed(`The store is ${tenant.status}, not suspended`);
    const updated = await tx.tenant.update({
      where: { id: tenantId },
      data: { status: 'active', suspendedAt: null, suspendedReason: null },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'tenant.resume',
      targetType: 'Tenant',
      targetId: tenantId,
      before: { status: tenant.status, reason: tenant.suspendedReason },
      after: { status: updated.status },
    });
    return updated;
  });
}
