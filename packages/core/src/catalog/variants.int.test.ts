import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createProduct } from './create-product.ts';
import { getProduct } from './get-product.ts';
import { setProductOptions } from './set-product-options.ts';
import { catalogContext, failure } from './testing/catalog-fixture.ts';
import { updateVariant } from './update-variant.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor, store } = catalogContext(setup);

async function shirt(title: string) {
  return createProduct({
    db: db(),
    tenantId: tenantId(),
    actor: actor(),
    title,
    status: 'draft',
    options: [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ],
    defaults: { price: 2000 },
  });
}

const setOptions = (
  productId: string,
  options: Parameters<typeof setProductOptions>[0]['options'],
) => setProductOptions({ db: db(), tenantId: tenantId(), actor: actor(), productId, options });

const edit = (
  variantId: string,
  fields: Omit<Parameters<typeof updateVariant>[0], 'db' | 'tenantId' | 'actor' | 'variantId'>,
) => updateVariant({ db: db(), tenantId: tenantId(), actor: actor(), variantId, ...fields });

const variantOf = (product: Awaited<ReturnType<typeof shirt>>, title: string) => {
  const variant = product.variants.find((v) => v.title === title);
  if (!variant) throw new Error(`No variant ${title}`);
  return variant;
};

describe('setProductOptions', () => {
  it('keeps variants whose combination remains, adds new ones and drops removed ones', async () => {
    const product = await shirt('Matrix Tee');
    const mRed = variantOf(product, 'M / Red');
    await edit(mRed.id, {
      price: 2600,
      stock: [{ locationId: store().ids.locationId, onHand: 4 }],
    });

    const after = await setOptions(product.id, [
      { name: 'Size', values: ['M', 'L'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ]);
    expect(after.variants.map((v) => v.title)).toEqual([
      'M / Red',
      'M / Blue',
      'L / Red',
      'L / Blue',
    ]);
    const kept = variantOf(after, 'M / Red');
    expect(kept).toMatchObject({ id: mRed.id, price: 2600, sku: mRed.sku });
    expect(kept.stock.find((s) => s.locationId === store().ids.locationId)?.onHand).toBe(4);
    // New variants copy the prices of the first remaining variant unless defaults are given.
    expect(variantOf(after, 'L / Red')).toMatchObject({ sku: 'MATRIX-TEE-L-RED', price: 2600 });
    expect(
      await db().productVariant.count({ where: { id: variantOf(product, 'S / Red').id } }),
    ).toBe(0);
  });

  it('gives existing variants the first value of an added option, and renames by option id', async () => {
    const product = await shirt('Option Tee');
    const sizeId = product.options[0]?.id;
    const after = await setOptions(product.id, [
      { optionId: sizeId, name: 'Fit size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
      { name: 'Material', values: ['Cotton', 'Linen'] },
    ]);
    expect(after.options.map((o) => o.name)).toEqual(['Fit size', 'Colour', 'Material']);
    expect(after.options[0]?.id).toBe(sizeId);
    expect(after.variants).toHaveLength(8);
    const kept = after.variants.filter((v) => product.variants.some((old) => old.id === v.id));
    expect(kept.map((v) => v.title)).toEqual([
      'S / Red / Cotton',
      'S / Blue / Cotton',
      'M / Red / Cotton',
      'M / Blue / Cotton',
    ]);
  });

  it('refuses to drop a variant that still has stock, and changes nothing', async () => {
    const product = await shirt('Stocked Tee');
    await edit(variantOf(product, 'S / Blue').id, {
      stock: [{ locationId: store().ids.locationId, onHand: 2 }],
    });
    const error = await failure(
      setOptions(product.id, [
        { name: 'Size', values: ['M'] },
        { name: 'Colour', values: ['Red', 'Blue'] },
      ]),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('STOCKED-TEE-S-BLUE');
    const unchanged = await getProduct({ db: db(), productId: product.id });
    expect(unchanged.variants.map((v) => v.id)).toEqual(product.variants.map((v) => v.id));
    expect(unchanged.options).toEqual(product.options);
  });

  it('collapses to one Default variant when every option is removed', async () => {
    const product = await shirt('Plain Tee');
    const after = await setOptions(product.id, []);
    expect(after.options).toEqual([]);
    expect(after.variants.map((v) => [v.id, v.title])).toEqual([
      [product.variants[0]?.id, 'Default'],
    ]);
  });
});

describe('updateVariant', () => {
  it('edits prices and settings, and sets counted stock as a ledger correction', async () => {
    const product = await shirt('Edit Tee');
    const variant = variantOf(product, 'S / Red');
    const updated = await edit(variant.id, {
      price: 2500,
      compareAtPrice: 3000,
      costPrice: 900,
      barcode: '4006381333931',
      weightGrams: 180,
      trackInventory: true,
      allowBackorder: true,
      lowStockThreshold: 3,
      stock: [{ locationId: store().ids.locationId, onHand: 7 }],
    });
    expect(updated).toMatchObject({
      price: 2500,
      compareAtPrice: 3000,
      costPrice: 900,
      lowStockThreshold: 3,
    });
    await edit(variant.id, { stock: [{ locationId: store().ids.locationId, onHand: 5 }] });
    const ledger = await db().inventoryTransaction.findMany({
      where: { variantId: variant.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(ledger.map((l) => [l.delta, l.balanceAfter, l.reason, l.actorId])).toEqual([
      [7, 7, 'correction', actor().id],
      [-2, 5, 'correction', actor().id],
    ]);
    const audit = await db().auditLog.findFirst({
      where: { action: 'product.variant.update', targetId: variant.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit).toMatchObject({ before: { price: 2000 }, after: { price: 2500 } });
  });

  it('refuses a compare-at price at or below the price, and a duplicate SKU by name', async () => {
    const product = await shirt('Rules Tee');
    const variant = variantOf(product, 'S / Red');
    expect((await failure(edit(variant.id, { compareAtPrice: 2000 }))).code).toBe('BAD_REQUEST');
    expect(await failure(edit(variant.id, { sku: 'ALPHA-SKU' }))).toEqual({
      code: 'CONFLICT',
      message: 'The SKU ALPHA-SKU is already used by another variant',
    });
    const unchanged = variantOf(await getProduct({ db: db(), productId: product.id }), 'S / Red');
    expect(unchanged).toEqual(variant);
  });

  it('will not count stock below what is reserved', async () => {
    const { variantId, locationId } = store().ids;
    await db()
      .$executeRaw`UPDATE "InventoryLevel" SET "reserved" = 3 WHERE "variantId" = ${variantId}`;
    const error = await failure(edit(variantId, { stock: [{ locationId, onHand: 2 }] }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/3 units of ALPHA-SKU at Main are reserved/);
    await db()
      .$executeRaw`UPDATE "InventoryLevel" SET "reserved" = 0 WHERE "variantId" = ${variantId}`;
  });

  it("treats another store's variant or location as not found", async () => {
    const other = setup.fixture.storeB.ids;
    expect((await failure(edit(other.variantId, { price: 1 }))).code).toBe('NOT_FOUND');
    expect(
      await failure(
        edit(store().ids.variantId, { stock: [{ locationId: other.locationId, onHand: 1 }] }),
      ),
    ).toEqual({ code: 'NOT_FOUND', message: 'Location not found' });
  });
});
