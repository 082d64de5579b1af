import type { TenantTransaction } from '@storeloom/db';

import { DomainError } from '../../errors/domain-error.ts';

/** What the admin sees of a location. */
export const locationSelect = {
  id: true,
  name: true,
  code: true,
  isDefault: true,
  isActive: true,
} as const;

/** Codes are unique per store; checked up front for a readable message (the unique key still holds). */
export async function assertCodeFree(
  tx: TenantTransaction,
  code: string,
  exceptLocationId?: string,
): Promise<void> {
  const taken = await tx.inventoryLocation.findFirst({
    where: { code, ...(exceptLocationId ? { id: { not: exceptLocationId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new DomainError('CONFLICT', `A location with the code "${code}" already exists`);
}
