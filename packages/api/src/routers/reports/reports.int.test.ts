import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const reports = () =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members.viewer, setup.fixture.storeA.tenantId),
  }).reports;

const hourMs = 3_600_000;
const today = () => ({
  from: new Date(Date.now() - 24 * hourMs),
  to: new Date(Date.now() + hourMs),
});

describe('reports over tRPC', () => {
  it("shows a viewer the store's figures", async () => {
    const sales = await reports().sales({ ...today(), granularity: 'day' });
    // The fixture's one delivered order of 1999, placed when the fixture was made.
    expect(sales.current.totals).toMatchObject({ grossSales: 1999, orders: 1, units: 1 });
    const top = await reports().topProducts({ ...today() });
    expect(top.byRevenue.map((p) => [p.productId, p.revenue])).toEqual([
      [setup.fixture.storeA.ids.productId, 1999],
    ]);
    const profit = await reports().profit({ ...today() });
    expect(profit.totals.revenue).toBe(1999);
    const inventory = await reports().inventory({ threshold: 10 });
    expect(inventory).toMatchObject({ units: 10, retailValue: 19990, lowStockCount: 1 });
  });

  it.each([
    [
      'a period that ends before it starts',
      { from: new Date('2026-02-01'), to: new Date('2026-01-01') },
    ],
    ['a date before 2000', { from: new Date('1999-12-31'), to: new Date('2026-01-01') }],
    ['a date that is not a date', { from: 'yesterday', to: new Date('2026-01-01') }],
    ['an unknown granularity', { ...today(), granularity: 'hour' }],
    ['more than 1000 days', { from: new Date('2020-01-01'), to: new Date('2026-01-01') }],
  ])('refuses %s with BAD_REQUEST', async (_label, input) => {
    // Deliberately outside the input type: this is what a hand-made request can send.
    const sales = reports().sales as (input: unknown) => Promise<unknown>;
    const answer = sales(input);
    await expect(answer).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(answer).rejects.toThrow(/\w/);
  });

  it('refuses a negative threshold and an oversized limit', async () => {
    await expect(reports().inventory({ threshold: -1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(reports().topProducts({ ...today(), limit: 51 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
