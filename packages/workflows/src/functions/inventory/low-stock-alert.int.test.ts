import { adjustStock, readEncryptionKeyRing } from '@storeloom/core';
import { createStockedVariant } from '@storeloom/core/inventory/testing/create-stocked-variant';
import { createOutboxTransport } from '@storeloom/email';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';

import { startLocalRunner, type LocalRunner } from '../../local-runner/start-local-runner.ts';
import { finishedRunsFor } from '../../testing/finished-runs.ts';
import type { ResolveDependencies } from '../../workflow-dependencies.ts';
import { createLowStockAlertFunction, lowStockAlertFunctionId } from './low-stock-alert.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());

const resolve: ResolveDependencies = () => ({
  database: ctx.database,
  email: createOutboxTransport(),
  payments: { keys: readEncryptionKeyRing({ NODE_ENV: 'test' }) },
  now: () => new Date(),
});

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

describe('low-stock-alert through the local runner', () => {
  it('emails the owner and the admin, once per alert, with the variant, SKU, level and threshold', async () => {
    const { variantId, sku } = await createStockedVariant(db(), {
      tenantId: tenantId(),
      locationId: store().ids.locationId,
      onHand: 5,
      lowStockThreshold: 3,
      title: 'Waxed Jacket',
      variantTitle: 'L',
    });
    await adjustStock({
      db: db(),
      tenantId: tenantId(),
      actor: { type: 'user', id: store().members.staff.userId },
      variantId,
      locationId: store().ids.locationId,
      delta: -3,
      reason: 'adjustment',
    });
    const [event] = await db().domainEvent.findMany({
      where: { type: 'inventory.low_stock', payload: { path: ['variantId'], equals: variantId } },
    });
    expect(event?.payload).toMatchObject({ available: 2, threshold: 3 });

    runner = startLocalRunner({
      functions: [createLowStockAlertFunction(resolve)],
      db: ctx.database,
      pollIntervalMs: 25,
    });
    const [run] = await finishedRunsFor(ctx.database, {
      functionId: lowStockAlertFunctionId,
      field: 'variantId',
      value: variantId,
    });
    const { owner, admin } = store().members;
    expect(run?.status).toBe('completed');
    expect(run?.result).toEqual({ emails: { [owner.email]: 'sent', [admin.email]: 'sent' } });

    const emails = await db().emailOutbox.findMany({
      where: { templateKey: 'low_stock' },
      orderBy: { to: 'asc' },
    });
    expect(emails.map((email) => [email.to, email.idempotencyKey])).toEqual(
      [
        [admin.email, `low-stock:${event?.id ?? ''}:${admin.userId}`],
        [owner.email, `low-stock:${event?.id ?? ''}:${owner.userId}`],
      ].sort(([a = ''], [b = '']) => a.localeCompare(b)),
    );
    for (const email of emails) {
      expect(email.status).toBe('sent');
      expect(email.subject).toBe('Low stock: Waxed Jacket');
      expect(email.text).toContain('Waxed Jacket – L');
      expect(email.text).toContain(`${sku} · Main`);
      expect(email.text).toContain('2 left (alert at 3)');
    }
    expect(emails.map((email) => email.to)).not.toContain(store().members.staff.email);
  });
});
