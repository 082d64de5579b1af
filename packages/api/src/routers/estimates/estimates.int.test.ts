import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, { session: sessionFor(store().members[role], store().tenantId) });
/** Whoever opens the link: no sign-in, just the store's host. */
const visitor = () => callerFor(setup.database, { app: 'storefront', host: store().host });

const draft = () =>
  as('staff').estimates.create({
    customerName: 'Ada Client',
    customerEmail: 'Ada@Example.com',
    title: 'Garden shed',
    validUntil: new Date(Date.now() + 7 * 86_400_000),
    depositBps: 2500,
    items: [
      { kind: 'material', name: 'Timber', quantity: 10, unitCost: 800, markupBps: 2500 },
      { kind: 'labour', name: 'Building', quantity: 6.5, unitCost: 2000, unitPrice: 4000 },
    ],
  });

describe('estimates API', () => {
  it('creates, sends, is accepted through the link and converts once', async () => {
    const estimate = await draft();
    expect(estimate).toMatchObject({
      customerEmail: 'ada@example.com',
      total: 36000,
      totalCost: 21000,
      profit: 15000,
    });
    const { token } = await as('staff').estimates.send({ estimateId: estimate.id });

    const page = await visitor().storefront.estimates.view({ token });
    expect(page).toMatchObject({ title: 'Garden shed', total: 36000, deposit: 9000 });
    expect(JSON.stringify(page)).not.toMatch(/cost|profit|margin|markup/i);

    await visitor().storefront.estimates.accept({ token });
    const converted = await as('staff').estimates.convert({ estimateId: estimate.id });
    const order = await as('viewer').orders.get({ orderId: converted.orderId });
    expect(order).toMatchObject({
      source: 'estimate',
      status: 'pending_payment',
      total: 36000,
      materialsCost: 8000,
      labourCost: 13000,
      profit: 15000,
    });
    await expect(as('staff').estimates.convert({ estimateId: estimate.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This estimate was already converted to an order',
    });
    expect(await db().order.count({ where: { source: 'estimate' } })).toBe(1);
  });

  it('emails the customer the link it sends, once per send', async () => {
    const estimate = await draft();
    const sent = await as('staff').estimates.send({ estimateId: estimate.id });
    expect(sent.estimate.status).toBe('sent');
    expect(sent.email).toMatchObject({ status: 'sent', reason: null });

    const emails = await db().emailOutbox.findMany({
      where: {
        templateKey: 'estimate_sent',
        idempotencyKey: { startsWith: `estimate-sent:${estimate.id}:` },
      },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: 'ada@example.com' });
    expect(emails[0]?.html).toContain(`/estimates/${sent.token}`);
    // The link in the email is the one that opens the estimate.
    await expect(visitor().storefront.estimates.view({ token: sent.token })).resolves.toMatchObject(
      {
        title: 'Garden shed',
      },
    );
  });

  it('lets viewers read but not write', async () => {
    await expect(
      as('viewer').estimates.create({
        customerName: 'Ada',
        customerEmail: 'ada@example.com',
        title: 'Shed',
        items: [],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const listed = await as('viewer').estimates.list({});
    expect(Array.isArray(listed.items)).toBe(true);
  });
});

describe('estimates API bad input: a 4xx with a message, and nothing changed', () => {
  it('refuses converting an expired estimate', async () => {
    const estimate = await draft();
    const { token } = await as('staff').estimates.send({ estimateId: estimate.id });
    // Its validity date passes without an answer.
    await db().estimate.update({
      where: { id: estimate.id },
      data: { validUntil: new Date(Date.now() - 60_000) },
    });
    const before = JSON.stringify(await db().estimate.findFirst({ where: { id: estimate.id } }));
    await expect(visitor().storefront.estimates.accept({ token })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This estimate has expired',
    });
    await expect(as('staff').estimates.convert({ estimateId: estimate.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This estimate has expired',
    });
    expect(JSON.stringify(await db().estimate.findFirst({ where: { id: estimate.id } }))).toBe(
      before,
    );
    const listed = await as('viewer').estimates.get({ estimateId: estimate.id });
    expect(listed.status).toBe('expired');
  });

  it('refuses fractions of a minor unit, too many decimals and strings over their limits', async () => {
    const count = await db().estimate.count();
    const base = { customerName: 'Ada', customerEmail: 'ada@example.com', title: 'Shed' };
    const line = { kind: 'other' as const, name: 'Skip hire', quantity: 1, unitPrice: 100 };
    for (const input of [
      { ...base, items: [{ ...line, unitPrice: 10.5 }] },
      { ...base, items: [{ ...line, quantity: 1.234 }] },
      { ...base, title: 't'.repeat(201), items: [line] },
      { ...base, items: [{ ...line, unitPrice: undefined }] },
    ]) {
      await expect(as('staff').estimates.create(input)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    expect(await db().estimate.count()).toBe(count);
  });

  it('answers not found for a made-up link or another store', async () => {
    await expect(
      visitor().storefront.estimates.view({ token: 'not-a-real-token' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Estimate not found' });
    await expect(
      as('owner').estimates.convert({ estimateId: setup.fixture.storeB.ids.estimateId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
