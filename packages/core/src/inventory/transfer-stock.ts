import { randomUUID } from 'node:crypto';

import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { changeStockLevel } from './change-stock-level.ts';
import {
  findStockVariant,
  lockActiveLocation,
  notEnoughStock,
  readLevel,
} from './stock-targets.ts';

/**
 * Moves units between two locations in one transaction: a 'transfer_out' and a 'transfer_in'
 * ledger entry sharing a transfer reference. Only available units move; reserved ones stay
 * where their checkout expects them.
 */
export async function transferStock({
  db,
  tenantId,
  actor,
  variantId,
  fromLocationId,
  toLocationId,
  quantity,
  note,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  variantId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: number;
  note?: string;
}) {
  return db.$transaction(async (tx) => {
    const variant = await findStockVariant(tx, variantId);
    const from = await lockActiveLocation(tx, tenantId, fromLocationId);
    if (fromLocationId === toLocationId) {
      throw badRequest('Choose two different locations to transfer between');
    }
    const to = await lockActiveLocation(tx, tenantId, toLocationId);
    const source = await readLevel(tx, variantId, fromLocationId);
    if (source.available < quantity)
      throw notEnoughStock('transfer', quantity, variant, from, source);

    const shared = {
      tenantId,
      variantId,
      referenceType: 'Transfer',
      referenceId: randomUUID(),
      note,
      actorId: actor.id,
    };
    const out = {
      ...shared,
      locationId: from.id,
      onHandDelta: -quantity,
      reason: 'transfer_out' as const,
    };
    const into = {
      ...shared,
      locationId: to.id,
      onHandDelta: quantity,
      reason: 'transfer_in' as const,
    };
    // Level rows are always locked in location-id order, so opposite transfers cannot deadlock.
    const outFirst = from.id < to.id;
    const first = await changeStockLevel(tx, outFirst ? out : into);
    const second = await changeStockLevel(tx, outFirst ? into : out);
    const result = {
      variantId,
      transferId: shared.referenceId,
      quantity,
      from: { locationId: from.id, ...(outFirst ? first : second) },
      to: { locationId: to.id, ...(outFirst ? second : first) },
    };
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.transfer',
      targetType: 'ProductVariant',
      targetId: variantId,
      after: { ...result, note },
    });
    return result;
  });
}
