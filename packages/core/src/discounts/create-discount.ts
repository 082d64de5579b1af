import type { TenantClient } from '@storeloom/db';
import type { CreateDiscountInput } from '@storeloom/validators';

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

/** Creates a code or automatic discount, with its product or category scope. */
export async function createDiscount({
  db,
  tenantId,
  actor,
  input,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: CreateDiscountInput;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    await assertDiscountTargetsExist(tx, input);
    const store = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!store) throw notFound('Store');
    const { value, currency } = checkDiscountSettings(input, store.currency);
    await assertCodeAvailable(tx, input.code);
    const { productIds, categoryIds, ...fields } = input;
    const created = await tx.discount.create({
      data: { ...fields, tenantId, value, currency },
    });
    await replaceDiscountTargets(tx, { tenantId, discountId: created.id, productIds, categoryIds });
    const discount = await loadDiscountView(tx, created.id, now);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'discount.create',
      targetType: 'Discount',
      targetId: discount.id,
      after: discount,
    });
    return discount;
  });
}
