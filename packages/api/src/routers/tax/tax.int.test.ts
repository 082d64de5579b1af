import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer', store: 'storeA' | 'storeB' = 'storeA') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture[store].members[role], setup.fixture[store].tenantId),
  });

const ratesOfA = () =>
  unscoped(setup.database).taxRate.findMany({
    where: { tenantId: setup.fixture.storeA.tenantId },
    orderBy: { id: 'asc' },
  });

describe('tax rates', () => {
  it('adds a regional rate beside the country one, audited, and lists them in order', async () => {
    const rate = await as('admin').tax.rates.create({
      name: 'California',
      country: 'us',
      region: 'ca',
      rateBps: 725,
      appliesToShipping: true,
    });
    expect(rate).toMatchObject({ country: 'US', region: 'CA', rateBps: 725 });
    const rates = await as('admin').tax.rates.list();
    expect(rates.map((r) => [r.country, r.region])).toEqual([
      ['US', ''],
      ['US', 'CA'],
    ]);
    const updated = await as('admin').tax.rates.update({ taxRateId: rate.id, rateBps: 750 });
    expect(updated.rateBps).toBe(750);
    const actions = (
      await unscoped(setup.database).auditLog.findMany({
        where: { tenantId: setup.fixture.storeA.tenantId, targetType: 'TaxRate' },
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['tax.rate.create', 'tax.rate.update']));
  });

  it('refuses a second rate for the same country and region', async () => {
    const before = await ratesOfA();
    await expect(
      as('owner').tax.rates.create({ name: 'Again', country: 'US', rateBps: 500 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'There is already a country-wide tax rate for US',
    });
    const regional = before.find((rate) => rate.region === 'CA');
    await expect(
      as('owner').tax.rates.update({ taxRateId: regional?.id ?? '', region: null }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await ratesOfA()).toEqual(before);
  });

  it.each([
    [{ rateBps: 10_001 }, 'A rate is at most 100%'],
    [{ rateBps: -5 }, 'A rate cannot be negative'],
    [{ rateBps: 7.25 }, 'Use whole basis points'],
    [{ country: 'Germany' }, 'two-letter ISO 3166 country code'],
    [{ name: 'x'.repeat(81) }, 'At most 80 characters'],
  ])('refuses %o with a message and no change', async (overrides, message) => {
    const before = await ratesOfA();
    const error = await as('owner')
      .tax.rates.create({ name: 'Bad', country: 'FR', rateBps: 2000, ...overrides })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect((error as Error).message).toContain(message);
    expect(await ratesOfA()).toEqual(before);
  });

  it("keeps tax settings to admins and another store's rates out of reach", async () => {
    const before = await ratesOfA();
    await expect(as('staff').tax.rates.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { taxRateId } = setup.fixture.storeA.ids;
    await expect(as('owner', 'storeB').tax.rates.delete({ taxRateId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await ratesOfA()).toEqual(before);
    await as('owner').tax.rates.delete({ taxRateId });
    expect((await ratesOfA()).map((rate) => rate.id)).not.toContain(taxRateId);
  });
});
