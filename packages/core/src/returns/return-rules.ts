import type { Prisma, ReturnStatus, TenantTransaction } from '@storeloom/db';

import { conflict, notFound, preconditionFailed } from '../errors/domain-error.ts';

/** The return with its lines, or NOT_FOUND (also for another store's return). */
export async function findReturn(tx: TenantTransaction, returnId: string) {
  const found = await tx.return.findFirst({ where: { id: returnId }, include: { items: true } });
  if (!found) throw notFound('Return');
  return found;
}

/** Throws PRECONDITION_FAILED "A return that is rejected cannot be approved". */
export function assertReturnStatus(
  status: ReturnStatus,
  allowed: readonly ReturnStatus[],
  action: string,
): void {
  if (!allowed.includes(status)) {
    throw preconditionFailed(`A return that is ${status} cannot be ${action}`);
  }
}

/**
 * Moves a return only if it is still in the status it was read in, so two members acting on
 * one return at once cannot both succeed.
 */
export async function claimReturnStatus(
  tx: TenantTransaction,
  returnId: string,
  from: ReturnStatus,
  data: Prisma.ReturnUpdateManyMutationInput & { status: ReturnStatus },
): Promise<void> {
  const { count } = await tx.return.updateMany({ where: { id: returnId, status: from }, data });
  if (count !== 1) throw conflict('The return changed meanwhile; reload it and try again');
}
