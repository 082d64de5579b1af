import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, notFound } from '../errors/domain-error.ts';

/** Trimmed, without blanks, each tag once (compared case-insensitively; the first spelling wins). */
export function normalizeCustomerTags(tags: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed.length > 0 && !byKey.has(trimmed.toLowerCase()))
      byKey.set(trimmed.toLowerCase(), trimmed);
  }
  return [...byKey.values()];
}

/** The merchant's note and tags on a customer, with before and after in the audit log. */
export async function updateCustomer({
  db,
  tenantId,
  actor,
  customerId,
  note,
  tags,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  customerId: string;
  /** Undefined leaves it; null or blank clears it. */
  note?: string | null | undefined;
  tags?: readonly string[] | undefined;
}) {
  if (note === undefined && tags === undefined) {
    throw badRequest('Give a note or tags to change');
  }
  return db.$transaction(async (tx) => {
    const select = { id: true, note: true, tags: true } as const;
    const before = await tx.customer.findUnique({ where: { id: customerId }, select });
    if (!before) throw notFound('Customer');
    const after = await tx.customer.update({
      where: { id: customerId },
      data: {
        ...(note === undefined ? {} : { note: note?.trim() || null }),
        ...(tags === undefined ? {} : { tags: normalizeCustomerTags(tags) }),
      },
      select,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'customer.update',
      targetType: 'Customer',
      targetId: customerId,
      before: { note: before.note, tags: before.tags },
      after: { note: after.note, tags: after.tags },
    });
    return after;
  });
}
