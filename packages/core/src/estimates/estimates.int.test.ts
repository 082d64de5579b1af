import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import type { CreateEstimateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { acceptEstimate } from './accept-estimate.ts';
import { convertEstimate } from './convert-estimate.ts';
import { createEstimate } from './create-estimate.ts';
import { declineEstimate } from './decline-estimate.ts';
import { deleteEstimate } from './delete-estimate.ts';
import { getEstimate } from './get-estimate.ts';
import { listEstimates } from './list-estimates.ts';
import { viewPublicEstimate } from './public-estimate.ts';
import { sendEstimate } from './send-estimate.ts';
import { updateEstimate } from './update-estimate.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const actor = (): Actor => ({ type: 'user', id: store().members.staff.userId });
const ctx = () => ({ db: db(), tenantId: store().tenantId, actor: actor() });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

const kitchen = (variantId?: string): CreateEstimateInput => ({
  customerId: store().shopper.customerId,
  title: 'Kitchen shelves',
  validUntil: inDays(30),
  notes: 'Oak, oiled',
  terms: 'Payment within 14 days',
  depositBps: 3000,
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

/** An estimate sent and accepted through its link. */
async function acceptedEstimate(variantId?: string) {
  const created = await createEstimate({ ...ctx(), ...kitchen(variantId) });
  const { token } = await sendEstimate({ ...ctx(), estimateId: created.id });
  await acceptEstimate({ db: db(), tenantId: store().tenantId, token });
  return { estimate: created, token };
}

describe('estimates', () => {
  it('prices lines on the server with costs, profit and margin', async () => {
    const estimate = await createEstimate({ ...ctx(), ...kitchen() });
    expect(estimate).toMatchObject({
      status: 'draft',
      currency: 'USD',
      customerName: 'Sam',
      customerEmail: store().shopper.email,
      subtotal: 30000,
      total: 30000,
      materialsCost: 10000,
      labourCost: 6000,
      totalCost: 16000,
      profit: 14000,
      marginBps: 4667,
    });
    expect(estimate.number).toBeGreaterThan(1);
    expect(estimate.items.map((i) => [i.name, i.quantity, i.unitPrice, i.total])).toEqual([
      ['Oak board', 2.5, 6000, 15000],
      ['Fitting', 3, 5000, 15000],
    ]);
  });

  it('sends a link whose page shows prices but never costs, then accepts once', async () => {
    const created = await createEstimate({ ...ctx(), ...kitchen() });
    const sent = await sendEstimate({ ...ctx(), estimateId: created.id });
    expect(sent.estimate.status).toBe('sent');
    const stored = await db().estimate.findFirstOrThrow({ where: { id: created.id } });
    expect(stored.acceptTokenHash).not.toBe(sent.token);
    expect(stored.acceptTokenHash).toHaveLength(64);

    const page = await viewPublicEstimate({ db: db(), token: sent.token });
    expect(page).toMatchObject({ status: 'sent', total: 30000, deposit: 9000 });
    const text = JSON.stringify(page);
    for (const secret of ['unitCost', 'costTotal', 'markupBps', 'profit', 'marginBps', 'Cost']) {
      expect(text).not.toContain(secret);
    }

    const accepted = await acceptEstimate({
      db: db(),
      tenantId: store().tenantId,
      token: sent.token,
    });
    expect(accepted.status).toBe('accepted');
    await expect(
      acceptEstimate({ db: db(), tenantId: store().tenantId, token: sent.token }),
    ).resolves.toMatchObject({ status: 'accepted' });
    await expect(
      declineEstimate({ db: db(), tenantId: store().tenantId, token: sent.token }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This estimate was already accepted',
    });
    const events = await db().domainEvent.findMany({ where: { type: 'estimate.accepted' } });
    expect(events.map((e) => e.payload)).toContainEqual({ estimateId: created.id });
  });

  it('takes a sent estimate back to draft when edited, which retires its link', async () => {
    const created = await createEstimate({ ...ctx(), ...kitchen() });
    const { token } = await sendEstimate({ ...ctx(), estimateId: created.id });
    const updated = await updateEstimate({
      ...ctx(),
      ...kitchen(),
      estimateId: created.id,
      title: 'Kitchen shelves, larger',
    });
    expect(updated).toMatchObject({
      status: 'draft',
      title: 'Kitchen shelves, larger',
      sentAt: null,
    });
    await expect(viewPublicEstimate({ db: db(), token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('cannot be accepted once expired, nor converted', async () => {
    const created = await createEstimate({ ...ctx(), ...kitchen() });
    const { token } = await sendEstimate({ ...ctx(), estimateId: created.id });
    const later = inDays(31);
    const before = JSON.stringify(await db().estimate.findFirst({ where: { id: created.id } }));
    await expect(
      acceptEstimate({ db: db(), tenantId: store().tenantId, token, now: later }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: 'This estimate has expired' });
    await expect(
      convertEstimate({ ...ctx(), estimateId: created.id, now: later }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: 'This estimate has expired' });
    expect(JSON.stringify(await db().estimate.findFirst({ where: { id: created.id } }))).toBe(
      before,
    );
    expect(await db().order.count({ where: { idempotencyKey: `estimate:${created.id}` } })).toBe(0);
    const listed = await listEstimates({ db: db(), status: 'expired', limit: 100, now: later });
    expect(listed.items.map((e) => e.id)).toContain(created.id);
  });

  it('refuses to convert a declined or unanswered estimate', async () => {
    const declined = await createEstimate({ ...ctx(), ...kitchen() });
    const { token } = await sendEstimate({ ...ctx(), estimateId: declined.id });
    await declineEstimate({ db: db(), tenantId: store().tenantId, token });
    await expect(convertEstimate({ ...ctx(), estimateId: declined.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This estimate was declined',
    });
    const draft = await createEstimate({ ...ctx(), ...kitchen() });
    await expect(convertEstimate({ ...ctx(), estimateId: draft.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Only an accepted estimate can be converted to an order',
    });
  });

  it('converts into an order that keeps every cost field, once, even in parallel', async () => {
    const { variantId } = await createStockedVariant(db(), {
      tenantId: store().tenantId,
      locationId: store().ids.locationId,
      onHand: 10,
    });
    const { estimate } = await acceptedEstimate(variantId);
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => convertEstimate({ ...ctx(), estimateId: estimate.id })),
    );
    const done = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(done).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(result.reason).toMatchObject({
          code: 'CONFLICT',
          message: 'This estimate was already converted to an order',
        });
      }
    }
    const orderId = done[0]?.orderId ?? '';
    const order = await db().order.findFirstOrThrow({
      where: { id: orderId },
      include: { items: { orderBy: { position: 'asc' } }, events: true },
    });
    expect(order).toMatchObject({
      source: 'estimate',
      status: 'pending_payment',
      customerId: store().shopper.customerId,
      total: 33000,
      materialsCost: 11200,
      labourCost: 6000,
      totalCost: 17200,
      profit: 15800,
    });
    expect(
      order.items.map((i) => ({
        name: i.name,
        quantity: i.quantity,
        unitPrice: i.unitPrice,
        costPrice: i.costPrice,
        isMaterial: i.isMaterial,
        isLabour: i.isLabour,
        hours: i.hours?.toNumber() ?? null,
        labourRate: i.labourRate,
      })),
    ).toEqual([
      {
        name: 'Oak board (2.5 × $60.00)',
        quantity: 1,
        unitPrice: 15000,
        costPrice: 10000,
        isMaterial: true,
        isLabour: false,
        hours: null,
        labourRate: null,
      },
      {
        name: 'Fitting',
        quantity: 1,
        unitPrice: 15000,
        costPrice: 6000,
        isMaterial: false,
        isLabour: true,
        hours: 3,
        labourRate: 2000,
      },
      {
        name: 'Bracket',
        quantity: 4,
        unitPrice: 750,
        costPrice: 300,
        isMaterial: true,
        isLabour: false,
        hours: null,
        labourRate: null,
      },
    ]);
    expect(order.events.map((e) => e.message)).toContain(
      `Deposit of $99.00 (30%) due, as agreed in estimate #${estimate.number}`,
    );
    const reserved = await db().inventoryReservation.findMany({ where: { orderId } });
    expect(reserved).toEqual([
      expect.objectContaining({ variantId, quantity: 4, status: 'active' }),
    ]);
    const converted = await getEstimate({ db: db(), estimateId: estimate.id });
    expect(converted).toMatchObject({ status: 'converted', convertedOrderId: orderId });
    expect(JSON.stringify(converted)).not.toContain('acceptTokenHash');
  });

  it('refuses unknown customers and variants, and stays in its store', async () => {
    await expect(
      createEstimate({ ...ctx(), ...kitchen(), customerId: setup.fixture.storeB.ids.customerId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Customer not found' });
    await expect(
      createEstimate({ ...ctx(), ...kitchen(setup.fixture.storeB.ids.variantId) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Product variant not found' });
    await expect(
      getEstimate({ db: db(), estimateId: setup.fixture.storeB.ids.estimateId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createEstimate({ ...ctx(), ...kitchen(), customerId: undefined }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: "Give the customer's name and email" });
  });

  it('deletes drafts but keeps accepted estimates', async () => {
    const draft = await createEstimate({ ...ctx(), ...kitchen() });
    await deleteEstimate({ ...ctx(), estimateId: draft.id });
    expect(await db().estimate.count({ where: { id: draft.id } })).toBe(0);
    const { estimate } = await acceptedEstimate();
    await expect(deleteEstimate({ ...ctx(), estimateId: estimate.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'An estimate that is accepted cannot be deleted',
    });
  });
});
