import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'staff' | 'viewer', store = setup.fixture.storeA) =>
  callerFor(setup.database, { session: sessionFor(store.members[role], store.tenantId) });

const auditActions = async () =>
  (
    await unscoped(setup.database).auditLog.findMany({
      where: { tenantId: setup.fixture.storeA.tenantId, action: { startsWith: 'inventory.' } },
    })
  ).map((entry) => entry.action);

describe('inventory locations', () => {
  it('lists locations with the units they hold, to every role', async () => {
    const locations = await as('viewer').inventory.listLocations();
    expect(locations).toEqual([
      expect.objectContaining({
        id: setup.fixture.storeA.ids.locationId,
        code: 'main',
        isDefault: true,
        isActive: true,
        onHand: 10,
        reserved: 0,
      }),
    ]);
  });

  it('creates a location with a normalised code, audited, and refuses a duplicate code', async () => {
    const created = await as('staff').inventory.createLocation({
      name: 'East Warehouse',
      code: ' East-1 ',
    });
    expect(created).toMatchObject({ code: 'east-1', isDefault: false, isActive: true });
    await expect(
      as('staff').inventory.createLocation({ name: 'Another', code: 'EAST-1' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'A location with the code "east-1" already exists',
    });
    // Codes are per store: another store may use the same one.
    await expect(
      as('owner', setup.fixture.storeB).inventory.createLocation({ name: 'East', code: 'east-1' }),
    ).resolves.toMatchObject({ code: 'east-1' });
    expect(await auditActions()).toContain('inventory.location.create');
  });

  it('refuses writes to viewers', async () => {
    await expect(
      as('viewer').inventory.createLocation({ name: 'Nope', code: 'nope' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('renames, recodes and moves the default, keeping exactly one default', async () => {
    const location = await as('staff').inventory.createLocation({ name: 'North', code: 'north' });
    const updated = await as('staff').inventory.updateLocation({
      locationId: location.id,
      name: 'North Depot',
      code: 'north-depot',
      isDefault: true,
    });
    expect(updated).toMatchObject({ name: 'North Depot', code: 'north-depot', isDefault: true });
    const defaults = (await as('viewer').inventory.listLocations()).filter((l) => l.isDefault);
    expect(defaults.map((l) => l.id)).toEqual([location.id]);
    await expect(
      as('staff').inventory.updateLocation({ locationId: location.id, code: 'main' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await as('staff').inventory.updateLocation({
      locationId: setup.fixture.storeA.ids.locationId,
      isDefault: true,
    });
    expect(await auditActions()).toContain('inventory.location.update');
  });

  it('refuses to deactivate the default location or one that holds stock', async () => {
    const { locationId } = setup.fixture.storeA.ids;
    await expect(as('staff').inventory.deactivateLocation({ locationId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Main is the default location; make another location the default first',
    });
    const stocked = await as('staff').inventory.createLocation({
      name: 'Stocked',
      code: 'stocked',
    });
    await as('staff').inventory.adjustStock({
      variantId: setup.fixture.storeA.ids.variantId,
      locationId: stocked.id,
      delta: 3,
      reason: 'received',
    });
    await expect(
      as('staff').inventory.deactivateLocation({ locationId: stocked.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Stocked still holds 3 units; transfer or adjust them away first',
    });
  });

  it('deactivates an empty location, which then takes no stock, and reactivates it', async () => {
    const spare = await as('staff').inventory.createLocation({ name: 'Spare', code: 'spare' });
    await expect(
      as('staff').inventory.deactivateLocation({ locationId: spare.id }),
    ).resolves.toMatchObject({ isActive: false });
    await expect(
      as('staff').inventory.adjustStock({
        variantId: setup.fixture.storeA.ids.variantId,
        locationId: spare.id,
        delta: 1,
        reason: 'received',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Spare is inactive; reactivate it before changing its stock',
    });
    await expect(
      as('staff').inventory.updateLocation({ locationId: spare.id, isDefault: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      as('staff').inventory.reactivateLocation({ locationId: spare.id }),
    ).resolves.toMatchObject({ isActive: true });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['inventory.location.deactivate', 'inventory.location.reactivate']),
    );
  });

  it("answers NOT_FOUND for another store's location and leaves it alone", async () => {
    const foreign = setup.fixture.storeB.ids.locationId;
    for (const call of [
      () => as('owner').inventory.updateLocation({ locationId: foreign, name: 'Taken over' }),
      () => as('owner').inventory.deactivateLocation({ locationId: foreign }),
      () => as('owner').inventory.reactivateLocation({ locationId: foreign }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const location = await unscoped(setup.database).inventoryLocation.findUnique({
      where: { id: foreign },
    });
    expect(location).toMatchObject({ name: 'Main', isActive: true, isDefault: true });
  });

  it('refuses names and codes over their limits, creating nothing', async () => {
    const before = (await as('viewer').inventory.listLocations()).length;
    const tooLong = as('staff').inventory.createLocation({ name: 'x'.repeat(81), code: 'long' });
    await expect(tooLong).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(tooLong).rejects.toThrow('At most 80 characters');
    await expect(
      as('staff').inventory.createLocation({ name: 'Long code', code: 'c'.repeat(33) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      as('staff').inventory.createLocation({ name: 'Bad code', code: 'two  spaces' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await as('viewer').inventory.listLocations()).toHaveLength(before);
  });
});
