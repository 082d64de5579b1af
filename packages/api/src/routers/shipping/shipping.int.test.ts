import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer', store: 'storeA' | 'storeB' = 'storeA') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture[store].members[role], setup.fixture[store].tenantId),
  });

const shippingOfA = async () => {
  const db = unscoped(setup.database);
  const where = { tenantId: setup.fixture.storeA.tenantId };
  return JSON.stringify(
    await Promise.all([
      db.shippingZone.findMany({ where, orderBy: { id: 'asc' } }),
      db.shippingRate.findMany({ where, orderBy: { id: 'asc' } }),
      db.shippingTier.findMany({ where, orderBy: { id: 'asc' } }),
    ]),
  );
};

async function expectBadRequest(call: () => Promise<unknown>, message: string) {
  const before = await shippingOfA();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  expect((error as Error).message).toContain(message);
  expect(await shippingOfA()).toBe(before);
}

describe('shipping zones and rates', () => {
  it('creates a zone with a weight-banded rate, and previews the tiers it offers', async () => {
    const zone = await as('admin').shipping.zones.create({
      name: 'West coast',
      countries: ['us'],
      regions: ['ca', 'OR'],
    });
    expect(zone).toMatchObject({ countries: ['US'], regions: ['CA', 'OR'], position: 1 });
    const rate = await as('admin').shipping.rates.create({
      zoneId: zone.id,
      name: 'Light parcels',
      basis: 'weight',
      minValue: 0,
      maxValue: 2000,
      price: 400,
    });
    expect(rate).toMatchObject({ currency: 'USD', price: 400 });
    const quote = await as('viewer').shipping.quote({
      country: 'US',
      region: 'CA',
      weightGrams: 500,
      subtotal: 5000,
    });
    expect(quote).toEqual({
      options: [
        {
          tierCode: 'standard',
          name: 'Standard',
          price: 400,
          deliveryDaysMin: 3,
          deliveryDaysMax: 5,
        },
      ],
      unavailableReason: null,
    });
    const heavy = await as('viewer').shipping.quote({
      country: 'US',
      region: 'CA',
      weightGrams: 2000,
      subtotal: 5000,
    });
    expect(heavy).toEqual({
      options: [],
      unavailableReason: 'No shipping option to United States fits this order',
    });
    const zones = await as('viewer').shipping.zones.list();
    expect(zones.map((z) => z.name)).toEqual(['Domestic', 'West coast']);
  });

  it('says when an address is in no zone', async () => {
    const quote = await as('viewer').shipping.quote({ country: 'JP', weightGrams: 0, subtotal: 0 });
    expect(quote).toEqual({ options: [], unavailableReason: 'We do not ship to Japan yet' });
  });

  it('refuses bad bands, fractions of a cent and unknown countries, changing nothing', async () => {
    const { zoneId, rateId } = setup.fixture.storeA.ids;
    await expectBadRequest(
      () =>
        as('owner').shipping.rates.create({
          zoneId,
          name: 'Odd',
          basis: 'weight',
          minValue: 500,
          maxValue: 500,
          price: 100,
        }),
      'The band minimum must be below its maximum',
    );
    await expectBadRequest(
      () => as('owner').shipping.rates.update({ rateId, basis: 'flat', minValue: 10 }),
      'A flat rate has no weight or order value band',
    );
    await expectBadRequest(
      () => as('owner').shipping.rates.update({ rateId, price: 4.99 }),
      'Amounts are whole minor units',
    );
    await expectBadRequest(
      () => as('owner').shipping.zones.create({ name: 'Nowhere', countries: ['USA'] }),
      'two-letter ISO 3166 country code',
    );
    await expectBadRequest(
      () => as('owner').shipping.zones.update({ zoneId, name: 'x'.repeat(81) }),
      'At most 80 characters',
    );
  });

  it("treats another store's zones and rates as not found", async () => {
    const before = await shippingOfA();
    const { zoneId, rateId } = setup.fixture.storeA.ids;
    const intruder = as('owner', 'storeB');
    await expect(intruder.shipping.zones.delete({ zoneId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      intruder.shipping.rates.create({ zoneId, name: 'Sneaky', price: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(intruder.shipping.rates.update({ rateId, price: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await shippingOfA()).toBe(before);
  });

  it('updates and deletes rates and zones, audited', async () => {
    const zone = await as('owner').shipping.zones.create({
      name: 'Europe',
      countries: ['FR', 'DE'],
    });
    const rate = await as('owner').shipping.rates.create({
      zoneId: zone.id,
      name: 'EU',
      price: 900,
    });
    await as('owner').shipping.rates.update({ rateId: rate.id, price: 950, name: 'EU flat' });
    await as('owner').shipping.zones.update({ zoneId: zone.id, position: 0, countries: ['FR'] });
    await as('owner').shipping.rates.delete({ rateId: rate.id });
    await as('owner').shipping.zones.delete({ zoneId: zone.id });
    const actions = (
      await unscoped(setup.database).auditLog.findMany({
        where: { tenantId: setup.fixture.storeA.tenantId, action: { startsWith: 'shipping.' } },
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'shipping.zone.create',
        'shipping.rate.create',
        'shipping.rate.update',
        'shipping.zone.update',
        'shipping.rate.delete',
        'shipping.zone.delete',
      ]),
    );
    await expect(
      as('staff').shipping.zones.create({ name: 'No', countries: ['*'] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('shipping tiers', () => {
  it('lists the defaults for a store without tiers and writes them on the first edit', async () => {
    const { tenantId } = setup.fixture.storeB;
    await unscoped(setup.database).shippingTier.deleteMany({ where: { tenantId } });
    const defaults = await as('viewer', 'storeB').shipping.tiers.list();
    expect(defaults.map((t) => [t.code, t.multiplierPermille])).toEqual([
      ['standard', 1000],
      ['express', 1750],
      ['premium', 2500],
    ]);
    const express = await as('owner', 'storeB').shipping.tiers.update({
      tierCode: 'express',
      multiplierPermille: 1500,
      name: 'Fast',
    });
    expect(express).toMatchObject({ code: 'express', name: 'Fast', multiplierPermille: 1500 });
    const tiers = await as('viewer', 'storeB').shipping.tiers.list();
    expect(tiers.map((t) => [t.code, t.multiplierPermille])).toEqual([
      ['standard', 1000],
      ['express', 1500],
      ['premium', 2500],
    ]);
    expect(await unscoped(setup.database).shippingTier.count({ where: { tenantId } })).toBe(3);
  });

  it('refuses an impossible delivery window and an out-of-range multiplier', async () => {
    await expectBadRequest(
      () => as('owner').shipping.tiers.update({ tierCode: 'standard', deliveryDaysMin: 6 }),
      'The earliest delivery day cannot be after the latest',
    );
    await expectBadRequest(
      () => as('owner').shipping.tiers.update({ tierCode: 'premium', multiplierPermille: 20_000 }),
      'The multiplier is at most x10',
    );
  });
});
