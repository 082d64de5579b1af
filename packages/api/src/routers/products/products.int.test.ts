import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { productCsvColumns } from '@storeloom/validators';

import { callerFor, sessionFor } from '../../testing/callers.ts';
import { fingerprint } from '../../testing/fingerprint.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer', store: 'storeA' | 'storeB' = 'storeA') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture[store].members[role], setup.fixture[store].tenantId),
  });

const storeA = () => setup.fixture.storeA;
const snapshotA = () => fingerprint(setup.database, storeA().tenantId);
const variantsA = () =>
  setup.database.forTenant(storeA().tenantId).productVariant.findMany({ orderBy: { id: 'asc' } });

/** The error of a call that must fail, with its tRPC code and message. */
async function rejection(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error('Expected a TRPCError');
  return error;
}

describe('products procedures', () => {
  it('create, edit options, variants and media, then list and get', async () => {
    const staff = as('staff');
    const product = await staff.products.create({
      title: 'Canvas Sneaker',
      options: [{ name: 'Size', values: ['40', '41'] }],
      defaults: { price: 6900 },
    });
    expect(product.variants.map((v) => v.sku)).toEqual(['CANVAS-SNEAKER-40', 'CANVAS-SNEAKER-41']);
    const withColour = await staff.products.setOptions({
      productId: product.id,
      options: [
        { optionId: product.options[0]?.id, name: 'Size', values: ['40', '41'] },
        { name: 'Colour', values: ['Chalk', 'Ink'] },
      ],
    });
    expect(withColour.variants).toHaveLength(4);
    const variantId = withColour.variants[0]?.id ?? '';
    await staff.products.updateVariant({
      variantId,
      price: 7200,
      stock: [{ locationId: storeA().ids.locationId, onHand: 3 }],
    });
    await staff.products.attachMedia({
      productId: product.id,
      mediaId: storeA().ids.mediaId,
      altText: 'Side view',
      variantId,
    });
    await staff.products.setStatus({ productId: product.id, status: 'active' });

    const list = await as('viewer').products.list({ q: 'canvas', sort: 'title', limit: 10 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      status: 'active',
      variantCount: 4,
      price: { min: 6900, max: 7200 },
      available: 3,
      image: { mediaId: storeA().ids.mediaId, altText: 'Side view' },
    });
    const detail = await as('viewer').products.get({ productId: product.id });
    expect(detail.media[0]).toMatchObject({ variantId, altText: 'Side view' });
  });

  it('keeps viewers to reading', async () => {
    const before = await snapshotA();
    expect((await rejection(as('viewer').products.create({ title: 'Nope' }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await rejection(
          as('viewer').products.bulkSetStatus({
            productIds: [storeA().ids.productId],
            status: 'archived',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await snapshotA()).toBe(before);
  });

  it('answers BAD_REQUEST for a fraction of a minor unit or an oversized string, changing nothing', async () => {
    const before = await snapshotA();
    const variantsBefore = await variantsA();
    const fraction = await rejection(
      as('staff').products.updateVariant({ variantId: storeA().ids.variantId, price: 19.995 }),
    );
    expect(fraction.code).toBe('BAD_REQUEST');
    expect(fraction.message).toMatch(/whole minor units/);
    const created = await rejection(
      as('staff').products.create({ title: 'Fractional', defaults: { price: 10.5 } }),
    );
    expect(created.code).toBe('BAD_REQUEST');
    const long = await rejection(as('staff').products.create({ title: 'x'.repeat(201) }));
    expect(long.code).toBe('BAD_REQUEST');
    expect(long.message).toMatch(/At most 200 characters/);
    const tooMany = await rejection(
      as('staff').products.create({
        title: 'Four options',
        options: ['A', 'B', 'C', 'D'].map((name) => ({ name, values: ['1'] })),
      }),
    );
    expect(tooMany.message).toMatch(/at most 3 options/);
    expect(await snapshotA()).toBe(before);
    expect(await variantsA()).toEqual(variantsBefore);
  });

  it('answers CONFLICT naming a duplicate SKU, changing nothing', async () => {
    const other = await as('staff').products.create({ title: 'Second Item' });
    const before = await variantsA();
    const error = await rejection(
      as('staff').products.updateVariant({
        variantId: other.variants[0]?.id ?? '',
        sku: 'ALPHA-SKU',
      }),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'The SKU ALPHA-SKU is already used by another variant',
    });
    expect(await variantsA()).toEqual(before);
  });

  it("answers NOT_FOUND for another store's product, variant and media", async () => {
    const { productId, variantId, mediaId } = storeA().ids;
    const bravo = as('owner', 'storeB');
    const calls = [
      () => bravo.products.get({ productId }),
      () => bravo.products.updateVariant({ variantId, price: 1 }),
      () => bravo.products.attachMedia({ productId: setup.fixture.storeB.ids.productId, mediaId }),
      () =>
        bravo.products.bulkChangePrices({
          selection: { productIds: [productId] },
          percentBps: 1000,
        }),
    ];
    for (const call of calls) {
      expect((await rejection(call())).code).toBe('NOT_FOUND');
    }
  });

  it('rejects a CSV with wrong columns with a report naming them, and exports CSV', async () => {
    const before = await snapshotA();
    const report = await as('staff').products.importCsv({
      csv: 'handle,title,colour\r\nx,X,red\r\n',
      mode: 'apply',
    });
    expect(report).toMatchObject({ applied: false, rows: 1 });
    expect(report.rejected[0]?.message).toMatch(/missing status.*unexpected colour/);
    expect(await snapshotA()).toBe(before);

    const exported = await as('viewer').products.exportCsv({});
    expect(exported.csv.startsWith(`${productCsvColumns.join(',')}\r\n`)).toBe(true);
    expect(exported.csv).toContain('ALPHA-SKU,19.99,,');
  });
});
