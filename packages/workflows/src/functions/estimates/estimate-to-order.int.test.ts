import {
  acceptEstimate,
  convertEstimate,
  createEstimate,
  readEncryptionKeyRing,
  sendEstimate,
  type Actor,
} from '@storeloom/core';
import { createStockedVariant } from '@storeloom/core/inventory/testing/create-stocked-variant';
import { createOutboxTransport, EmailDeliveryError, type EmailTransport } from '@storeloom/email';
import { extractPdfText } from '@storeloom/pdf/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { emailAttachmentSchema } from '@storeloom/validators';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { startLocalRunner, type LocalRunner } from '../../local-runner/start-local-runner.ts';
import { finishedRunsFor } from '../../testing/finished-runs.ts';
import type { ResolveDependencies } from '../../workflow-dependencies.ts';
import { createEstimateToOrderFunction, estimateToOrderFunctionId } from './estimate-to-order.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());
const staff = (): Actor => ({ type: 'user', id: store().members.staff.userId });

let transport: EmailTransport = createOutboxTransport();
const resolve: ResolveDependencies = () => ({
  database: ctx.database,
  email: transport,
  payments: { keys: readEncryptionKeyRing({ NODE_ENV: 'test' }) },
  now: () => new Date(),
});

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  transport = createOutboxTransport();
});

const startRunner = () => {
  runner = startLocalRunner({
    functions: [createEstimateToOrderFunction(resolve)],
    db: ctx.database,
    pollIntervalMs: 25,
    backoff: { baseDelayMs: 10, maxDelayMs: 50 },
  });
  return runner;
};

/** Oak shelves: 2.5 m of board (materials), 3 h of fitting (labour), optionally 4 brackets. */
async function acceptedEstimate({
  depositBps,
  variantId,
}: { depositBps?: number; variantId?: string } = {}) {
  const estimate = await createEstimate({
    db: db(),
    tenantId: tenantId(),
    actor: staff(),
    customerId: store().shopper.customerId,
    title: 'Kitchen shelves',
    validUntil: new Date(Date.now() + 30 * 86_400_000),
    depositBps,
    items: [
      { kind: 'material', name: 'Oak board', quantity: 2.5, unitCost: 4000, markupBps: 5000 },
      { kind: 'labour', name: 'Fitting', quantity: 3, unitCost: 2000, unitPrice: 5000 },
      ...(variantId
        ? [
            {
              kind: 'material' as const,
              variantId,
              name: 'Bracket',
              quantity: 4,
              unitCost: 300,
              unitPrice: 750,
            },
          ]
        : []),
    ],
  });
  const { token } = await sendEstimate({
    db: db(),
    tenantId: tenantId(),
    actor: staff(),
    estimateId: estimate.id,
  });
  await acceptEstimate({ db: db(), tenantId: tenantId(), token });
  return estimate;
}

const resultSchema = z.object({ orderId: z.string(), orderNumber: z.number(), email: z.string() });

const finishedRuns = (estimateId: string, count = 1) =>
  finishedRunsFor(ctx.database, {
    functionId: estimateToOrderFunctionId,
    field: 'estimateId',
    value: estimateId,
    count,
  });

const acceptanceEmails = (estimateId: string) =>
  db().emailOutbox.findMany({ where: { idempotencyKey: `estimate-accepted:${estimateId}` } });

async function invoiceText(attachments: unknown) {
  const [invoice] = z.array(emailAttachmentSchema).parse(attachments);
  if (!invoice) throw new Error('no invoice attached');
  const { text } = await extractPdfText(Buffer.from(invoice.contentBase64, 'base64'));
  return { filename: invoice.filename, text: text.replace(/[ \u00a0]+/g, ' ') };
}

describe('estimate-to-order through the local runner', () => {
  it('turns the accepted estimate into one order with its costs, and emails the deposit invoice', async () => {
    const { variantId } = await createStockedVariant(db(), {
      tenantId: tenantId(),
      locationId: store().ids.locationId,
      onHand: 10,
      title: 'Shelf bracket',
    });
    const estimate = await acceptedEstimate({ depositBps: 3000, variantId });
    startRunner();

    const [run] = await finishedRuns(estimate.id);
    expect(run?.status).toBe('completed');
    expect(run?.steps.map((step) => step.stepId)).toEqual(['convert-estimate', 'email-customer']);
    const result = resultSchema.parse(run?.result);
    expect(result.email).toBe('sent');

    const converted = await db().estimate.findFirstOrThrow({ where: { id: estimate.id } });
    expect(converted).toMatchObject({ status: 'converted', convertedOrderId: result.orderId });
    const order = await db().order.findFirstOrThrow({
      where: { id: result.orderId },
      include: { items: { orderBy: { position: 'asc' } } },
    });
    expect(order).toMatchObject({
      source: 'estimate',
      status: 'pending_payment',
      number: result.orderNumber,
      total: estimate.total,
      materialsCost: estimate.materialsCost,
      labourCost: estimate.labourCost,
      totalCost: estimate.totalCost,
      profit: estimate.profit,
    });
    expect(order.items.map((item) => [item.name, item.quantity, item.costPrice])).toEqual([
      ['Oak board (2.5 × $60.00)', 1, 10000],
      ['Fitting', 1, 6000],
      ['Bracket', 4, 300],
    ]);
    const held = await db().inventoryReservation.findMany({ where: { orderId: order.id } });
    expect(held.map((r) => [r.variantId, r.quantity])).toEqual([[variantId, 4]]);

    const [email] = await acceptanceEmails(estimate.id);
    expect(email).toMatchObject({
      to: store().shopper.email,
      templateKey: 'estimate_accepted',
      status: 'sent',
    });
    // Total 300.00 + 4 brackets at 7.50 = 330.00; the deposit is 30% of it.
    const invoice = await invoiceText(email?.attachments);
    expect(invoice.filename).toBe(`invoice-${order.number}.pdf`);
    expect(invoice.text).toMatch(/Total \$330\.00/);
    expect(invoice.text).toMatch(/Balance due \$330\.00/);
    expect(invoice.text).toMatch(/Deposit due now \(30%\) \$99\.00/);
  });

  it('gives one order and one email however often the acceptance arrives', async () => {
    const estimate = await acceptedEstimate();
    const ids = startRunner();
    const [first] = await finishedRuns(estimate.id);
    await ids.send([
      { name: 'estimate/accepted', data: { tenantId: tenantId(), estimateId: estimate.id } },
    ]);
    const [, second] = await finishedRuns(estimate.id, 2);
    expect(resultSchema.parse(second?.result).orderId).toBe(
      resultSchema.parse(first?.result).orderId,
    );
    expect(await db().order.count({ where: { idempotencyKey: `estimate:${estimate.id}` } })).toBe(
      1,
    );
    const emails = await acceptanceEmails(estimate.id);
    expect(emails).toHaveLength(1);
    const invoice = await invoiceText(emails[0]?.attachments);
    expect(invoice.text).toMatch(/Balance due \$300\.00/);
    expect(invoice.text).not.toContain('Deposit');
  });

  it('takes the order a merchant converted meanwhile instead of making another', async () => {
    const estimate = await acceptedEstimate();
    const manual = await convertEstimate({
      db: db(),
      tenantId: tenantId(),
      actor: staff(),
      estimateId: estimate.id,
    });
    startRunner();
    const [run] = await finishedRuns(estimate.id);
    expect(resultSchema.parse(run?.result)).toMatchObject({
      orderId: manual.orderId,
      email: 'sent',
    });
    expect(await db().order.count({ where: { idempotencyKey: `estimate:${estimate.id}` } })).toBe(
      1,
    );
  });

  it('keeps the order and notes on it that the customer was not emailed when sending fails', async () => {
    let attempts = 0;
    transport = {
      name: 'down',
      send: () => {
        attempts += 1;
        return Promise.reject(new EmailDeliveryError('Provider unreachable', true));
      },
    };
    const estimate = await acceptedEstimate();
    startRunner();
    const [run] = await finishedRuns(estimate.id);
    expect(run?.status).toBe('failed');
    expect(run?.steps.map((step) => [step.stepId, step.error === null])).toEqual([
      ['convert-estimate', true],
      ['email-customer', false],
      ['note-email-not-sent', true],
    ]);
    expect(attempts).toBe(4);

    const converted = await db().estimate.findFirstOrThrow({ where: { id: estimate.id } });
    expect(converted.status).toBe('converted');
    const notes = await db().orderEvent.findMany({
      where: { orderId: converted.convertedOrderId ?? '', type: 'estimate.email_not_sent' },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toContain('Provider unreachable');
    expect(await acceptanceEmails(estimate.id)).toMatchObject([{ status: 'failed', attempts: 4 }]);
  });
});
