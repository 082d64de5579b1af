import type { TenantClient } from '@storeloom/db';
import type { UpdateDiscountInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { checkDiscountSettings } from './discount-rules.ts';
import {
  assertCodeAvailable,
  assertDiscountTargetsExist,
  replaceDiscountTargets,
} from './discount-targets.ts';
import { loadDiscountView } from './load-discount-view.ts';

/**
 * Changes a discount. The rules are checked on the result (the row with the changes applied),
 * so a partial update cannot leave, say, a percentage of 150%.
 */
export async function updateDiscount({
  db,
  tenantId,
  actor,
  input,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: UpdateDiscountInput;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const { discountId, productIds, categoryIds, ...changes } = input;
    const before = await loadDiscountView(tx, discountId, now);
    await assertDiscountTargetsExist(tx, {
      productIds: productIds ?? [],
      categoryIds: categoryIds ?? [],
    });
    const store = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!store) throw notFound('Store');
    const scope = changes.scope ?? before.scope;
    const merged = {
      ...before,
      ...changes,
      // Switching scope drops the old targets unless new ones are given.
      productIds: productIds ?? (scope === 'products' ? before.productIds : []),
      categoryIds: categoryIds ?? (scope === 'categories' ? before.categoryIds : []),
      currency: changes.currency === undefined ? null : changes.currency,
    };
    const { value, currency } = checkDiscountSettings(merged, store.currency);
    if (merged.code !== before.code) await assertCodeAvailable(tx, merged.code, discountId);
    await tx.discount.update({
      where: { id: discountId },
      data: { ...changes, value, currency },
    });
    await replaceDiscountTargets(tx, {
      tenantId,
      discountId,
      productIds: merged.productIds,
      categoryIds: merged.categoryIds,
    });
    const after = await loadDiscountView(tx, discountId, now);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'discount.update',
      targetType: 'Discount',
      targetId: discountId,
      before,
      after,
    });
    return after;
  });
}
