import { describe, expect, it } from 'vitest';

import type { Prisma } from '@storeloom/db';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import type { Address } from '@storeloom/validators';

import { priceCheckout } from './price-checkout.ts';
import type { PricingRequest } from './priced-checkout.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const dbOf = (tenantId: string) => setup.database.forTenant(tenantId);

const address = (country: string, region?: string): Address => ({
  firstName: 'Sam',
  lastName: 'Shopper',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country,
  ...(region ? { region } : {}),
});

function price(overrides: Partial<PricingRequest> & { tenantId?: string } = {}) {
  const tenantId = overrides.tenantId ?? storeA().tenantId;
  const fixture = tenantId === storeA().tenantId ? storeA() : storeB();
  return dbOf(tenantId).$transaction((tx) =>
    priceCheckout(tx, {
      tenantId,
      lines: [{ variantId: fixture.ids.variantId, quantity: 2 }],
      discountCodes: [],
      customer: { id: null, email: null },
      shippingAddress: null,
      tierCode: null,
      now: new Date(),
      ...overrides,
    }),
  );
}

async function createDiscount(
  data: Omit<Prisma.DiscountUncheckedCreateInput, 'tenantId' | 'title' | 'method'> &
    Partial<Pick<Prisma.DiscountUncheckedCreateInput, 'title' | 'method'>>,
  tenantId = storeA().tenantId,
) {
  return dbOf(tenantId).discount.create({
    data: { tenantId, title: data.code ?? 'Automatic', method: 'code', ...data },
  });
}

describe('priceCheckout', () => {
  it('prices lines and a code without an address: no shipping, no tax yet', async () => {
    const priced = await price({ discountCodes: [' alpha10 '] });
    expect(priced).toMatchObject({
      currency: 'USD',
      subtotal: 3998,
      discountTotal: 400,
      shippingTotal: 0,
      taxTotal: 0,
      total: 3598,
      shippingOptions: [],
      selectedShipping: null,
      shippingUnavailableReason: null,
      rejectedCodes: [],
    });
    expect(priced.appliedDiscounts).toEqual([
      expect.objectContaining({ code: 'ALPHA10', kind: 'percentage', amount: 400 }),
    ]);
    expect(priced.lines[0]).toMatchObject({
      productTitle: 'Alpha Goods Product',
      sku: 'ALPHA-SKU',
      unitPrice: 1999,
      subtotal: 3998,
      discountAmount: 400,
      total: 3598,
    });
  });

  it('adds the chosen shipping tier and the tax of the address (exclusive prices)', async () => {
    const priced = await price({
      discountCodes: ['ALPHA10'],
      shippingAddress: address('US', 'IL'),
      tierCode: 'standard',
    });
    expect(priced.shippingOptions).toEqual([
      {
        tierCode: 'standard',
        name: 'Standard',
        price: 500,
        deliveryDaysMin: 3,
        deliveryDaysMax: 5,
      },
    ]);
    // 8% of the discounted 35.98 is 2.8784: 2.88.
    expect(priced).toMatchObject({ shippingTotal: 500, taxTotal: 288, total: 3598 + 500 + 288 });
    expect(priced.selectedShipping?.tierCode).toBe('standard');
  });

  it('says where it does not ship, with no options', async () => {
    const priced = await price({ shippingAddress: address('CA'), tierCode: 'standard' });
    expect(priced.shippingOptions).toEqual([]);
    expect(priced.selectedShipping).toBeNull();
    expect(priced.shippingUnavailableReason).toBe('We do not ship to Canada yet');
  });

  it('refuses a tier that is not offered', async () => {
    await expect(
      price({ shippingAddress: address('US'), tierCode: 'express' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Choose one of the shipping options' });
  });

  it("treats another store's variant as unknown, and a draft product as unavailable", async () => {
    await expect(
      price({ lines: [{ variantId: storeB().ids.variantId, quantity: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Product variant not found' });
    const db = dbOf(storeA().tenantId);
    await db.product.update({ where: { id: storeA().ids.productId }, data: { status: 'draft' } });
    try {
      await expect(price()).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'Alpha Goods Product is no longer available',
      });
    } finally {
      await db.product.update({
        where: { id: storeA().ids.productId },
        data: { status: 'active' },
      });
    }
  });

  it('explains every unusable code and still prices the cart', async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    await createDiscount({ code: 'OLD5', kind: 'percentage', value: 500, endsAt: yesterday });
    await createDiscount({
      code: 'SOON5',
      kind: 'percentage',
      value: 500,
      startsAt: new Date(Date.now() + 86_400_000),
    });
    await createDiscount({
      code: 'GONE5',
      kind: 'percentage',
      value: 500,
      usageLimit: 1,
      usageCount: 1,
    });
    await createDiscount({ code: 'OFF5', kind: 'percentage', value: 500, isActive: false });
    await createDiscount({
      code: 'BIG5',
      kind: 'fixed_amount',
      value: 500,
      currency: 'USD',
      minSubtotal: 10_000,
    });
    const priced = await price({
      discountCodes: ['old5', 'SOON5', 'GONE5', 'OFF5', 'BIG5', 'NOPE'],
    });
    expect(priced.rejectedCodes).toEqual([
      { code: 'OLD5', reason: 'OLD5 has expired' },
      { code: 'SOON5', reason: 'SOON5 is not active yet' },
      { code: 'GONE5', reason: 'GONE5 has reached its usage limit' },
      { code: 'OFF5', reason: 'OFF5 is no longer active' },
      { code: 'BIG5', reason: 'Spend $100.00 to use BIG5' },
      { code: 'NOPE', reason: 'NOPE is not a valid code' },
    ]);
    expect(priced).toMatchObject({ discountTotal: 0, total: 3998, appliedDiscounts: [] });
  });

  it('keeps the better of two codes that do not combine, and says why the other is refused', async () => {
    await createDiscount({ code: 'SUMMER5', kind: 'percentage', value: 500 });
    await createDiscount({ code: 'TAKE300', kind: 'fixed_amount', value: 300, currency: 'USD' });
    const priced = await price({ discountCodes: ['SUMMER5', 'TAKE300'] });
    expect(priced.appliedDiscounts.map((d) => d.code)).toEqual(['TAKE300']);
    expect(priced.discountTotal).toBe(300);
    expect(priced.rejectedCodes).toEqual([
      { code: 'SUMMER5', reason: 'SUMMER5 cannot be combined with TAKE300' },
    ]);
  });

  it('stacks discounts that combine', async () => {
    await createDiscount({
      code: 'STACK1',
      kind: 'percentage',
      value: 1000,
      combinesWithDiscounts: true,
    });
    await createDiscount({
      code: 'STACK2',
      kind: 'fixed_amount',
      value: 100,
      currency: 'USD',
      combinesWithDiscounts: true,
    });
    const priced = await price({ discountCodes: ['STACK1', 'STACK2'] });
    expect(priced.discountTotal).toBe(500);
    expect(priced.rejectedCodes).toEqual([]);
  });

  it('makes the standard tier free with a free-shipping code', async () => {
    await createDiscount({ code: 'SHIPFREE', kind: 'free_shipping', value: 0 });
    const priced = await price({
      discountCodes: ['SHIPFREE'],
      shippingAddress: address('US'),
      tierCode: 'standard',
    });
    expect(priced.shippingOptions[0]?.price).toBe(0);
    expect(priced.shippingTotal).toBe(0);
    expect(priced.appliedDiscounts).toEqual([
      expect.objectContaining({ code: 'SHIPFREE', kind: 'free_shipping', amount: 500 }),
    ]);
  });

  it('scopes a discount to a category and its descendants', async () => {
    const { tenantId, ids } = storeA();
    const db = dbOf(tenantId);
    const root = await db.category.findUniqueOrThrow({ where: { id: ids.categoryId } });
    const child = await db.category.create({
      data: {
        tenantId,
        parentId: root.id,
        name: 'Child',
        slug: 'child',
        path: 'pending',
        depth: 1,
      },
    });
    await db.category.update({
      where: { id: child.id },
      data: { path: `${root.path}${child.id}/` },
    });
    const other = await db.category.create({
      data: { tenantId, name: 'Other', slug: 'other', path: 'pending' },
    });
    await db.category.update({ where: { id: other.id }, data: { path: `/${other.id}/` } });
    const product = await db.product.create({
      data: {
        tenantId,
        title: 'Child Product',
        slug: 'child-product',
        status: 'active',
        categories: { create: { tenantId, categoryId: child.id } },
        variants: {
          create: { tenantId, title: 'Default', sku: 'CHILD-SKU', price: 1000, currency: 'USD' },
        },
      },
      include: { variants: true },
    });
    const variantId = product.variants[0]?.id ?? '';
    await createDiscount({
      code: 'ROOT20',
      kind: 'percentage',
      value: 2000,
      scope: 'categories',
      categories: { create: { tenantId, categoryId: root.id } },
    });
    await createDiscount({
      code: 'OTHER20',
      kind: 'percentage',
      value: 2000,
      scope: 'categories',
      categories: { create: { tenantId, categoryId: other.id } },
    });
    const inScope = await price({
      lines: [{ variantId, quantity: 1 }],
      discountCodes: ['ROOT20'],
    });
    expect(inScope.discountTotal).toBe(200);
    const outOfScope = await price({
      lines: [{ variantId, quantity: 1 }],
      discountCodes: ['OTHER20'],
    });
    expect(outOfScope.rejectedCodes).toEqual([
      { code: 'OTHER20', reason: 'OTHER20 does not apply to anything in your cart' },
    ]);
  });

  it('counts per-customer uses by email, only once the email is known', async () => {
    const { tenantId, ids } = storeA();
    const once = await createDiscount({
      code: 'ONCE',
      kind: 'percentage',
      value: 500,
      perCustomerLimit: 1,
    });
    await dbOf(tenantId).discountUsage.create({
      data: {
        tenantId,
        discountId: once.id,
        orderId: ids.orderId,
        customerEmail: 'sam@example.com',
        amount: 100,
      },
    });
    const anonymous = await price({ discountCodes: ['ONCE'] });
    expect(anonymous.rejectedCodes).toEqual([]);
    const known = await price({
      discountCodes: ['ONCE'],
      customer: { id: null, email: 'Sam@Example.com' },
    });
    expect(known.rejectedCodes).toEqual([
      { code: 'ONCE', reason: 'You have already used ONCE the maximum number of times' },
    ]);
  });

  it('applies automatic discounts without a code', async () => {
    const { tenantId } = storeB();
    const automatic = await createDiscount(
      {
        method: 'automatic',
        title: 'Spring sale',
        kind: 'fixed_amount',
        value: 250,
        currency: 'USD',
      },
      tenantId,
    );
    try {
      const priced = await price({ tenantId });
      expect(priced.appliedDiscounts).toEqual([
        expect.objectContaining({ discountId: automatic.id, code: null, amount: 250 }),
      ]);
    } finally {
      await dbOf(tenantId).discount.delete({ where: { id: automatic.id } });
    }
  });

  it('uses the default tiers when a store has none, and the region zone over the country one', async () => {
    const { tenantId, ids } = storeB();
    const db = dbOf(tenantId);
    await db.shippingTier.deleteMany({});
    const zone = await db.shippingZone.create({
      data: { tenantId, name: 'Illinois', countries: ['US'], regions: ['IL'], position: 5 },
    });
    await db.shippingRate.create({
      data: { tenantId, zoneId: zone.id, name: 'Local', price: 300, currency: 'USD' },
    });
    const elsewhere = await price({ tenantId, shippingAddress: address('US', 'NY') });
    expect(elsewhere.shippingOptions.map((o) => [o.tierCode, o.price])).toEqual([
      ['standard', 500],
      ['express', 875],
      ['premium', 1250],
    ]);
    const local = await price({
      tenantId,
      shippingAddress: address('US', 'IL'),
      tierCode: 'premium',
    });
    expect(local.shippingOptions.map((o) => o.price)).toEqual([300, 525, 750]);
    expect(local.shippingTotal).toBe(750);
    expect(ids.zoneId).not.toBe(zone.id);
  });

  it('reports the tax contained in prices when the store includes tax', async () => {
    const { tenantId } = storeB();
    const db = dbOf(tenantId);
    await db.tenant.update({ where: { id: tenantId }, data: { pricesIncludeTax: true } });
    await db.taxRate.create({
      data: {
        tenantId,
        name: 'Illinois',
        country: 'US',
        region: 'IL',
        rateBps: 1000,
        appliesToShipping: true,
      },
    });
    try {
      const priced = await price({
        tenantId,
        shippingAddress: address('US', 'IL'),
        tierCode: 'standard',
      });
      // 39.98 contains 10/110 of tax: 3.6345 -> 3.63; shipping 3.00 contains 0.2727 -> 0.27.
      expect(priced).toMatchObject({
        subtotal: 3998,
        shippingTotal: 300,
        taxTotal: 363 + 27,
        total: 4298,
      });
      expect(priced.lines[0]).toMatchObject({ taxAmount: 363, total: 3998 });
    } finally {
      await db.tenant.update({ where: { id: tenantId }, data: { pricesIncludeTax: false } });
    }
  });
});
