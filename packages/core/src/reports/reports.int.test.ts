import { beforeAll, describe, expect, it } from 'vitest';

import type { OrderStatus, TenantClient } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { getInventoryReport } from './get-inventory-report.ts';
import { getProfitReport } from './get-profit-report.ts';
import { getSalesReport } from './get-sales-report.ts';
import { getTopProductsReport } from './get-top-products-report.ts';

/**
 * A store of its own (New York time, UTC−5 in January) with hand-made orders, so every figure
 * below is worked out by hand.
 *
 * Current period: Mon 5 Jan 2026 00:00 to Thu 8 Jan 00:00 New York time. Previous: 2–5 Jan.
 *
 * | order | placed (New York)   | status    | lines (price × qty, discount, cost)                 |
 * |-------|---------------------|-----------|-----------------------------------------------------|
 * | O1    | 5 Jan 10:00         | paid      | P1 4000×2 −800 cost 1500; P2 2000×1 −200 cost 500   |
 * | O2    | 5 Jan 23:30 (6 Jan UTC) | paid, prices incl. tax | P2 2000×1 tax 150 cost 500; labour 1000 (1.5 h × 600) |
 * | O3    | 7 Jan 07:00         | cancelled | P1 4000×10                                          |
 * | O4    | 7 Jan 15:00         | paid      | P1 4000×1 cost 1500; P3 400×5 cost 300              |
 * | O5    | 3 Jan 05:00         | paid      | P1 4000×1 −400 cost 1500                            |
 *
 * Refunds: 1500 on O4 on 7 Jan, 700 on O5 on 6 Jan (counted when issued), and a pending 999
 * that never counts. P1 is in Kitchen › Cookware, P2 in Kitchen and in Gifts, P3 in none.
 */
const setup = useTwoStoreDatabase();
let tenantId = '';
let db: TenantClient;
const product = { p1: '', p2: '', p3: '' };

const nyc = (local: string) => new Date(`${local}-05:00`);
const current = { from: nyc('2026-01-05T00:00:00'), to: nyc('2026-01-08T00:00:00') };

interface LineSpec {
  productId?: string;
  unitPrice: number;
  quantity: number;
  discountAmount?: number;
  taxAmount?: number;
  costPrice?: number;
  labour?: { hours: number; rate: number };
}

let orderNumber = 0;
async function order(
  placedAt: Date,
  lines: LineSpec[],
  options: { status?: OrderStatus; discountTotal?: number; pricesIncludeTax?: boolean } = {},
) {
  orderNumber += 1;
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const discountTotal = options.discountTotal ?? 0;
  const created = await db.order.create({
    data: {
      tenantId,
      number: orderNumber,
      email: 'buyer@example.com',
      currency: 'USD',
      status: options.status ?? 'paid',
      pricesIncludeTax: options.pricesIncludeTax ?? false,
      subtotal,
      discountTotal,
      total: subtotal - discountTotal,
      paidTotal: subtotal - discountTotal,
      placedAt,
      items: {
        create: lines.map((line, position) => ({
          tenantId,
          productId: line.productId ?? null,
          name: line.labour ? 'Fitting' : 'Goods',
          unitPrice: line.unitPrice,
          quantity: line.quantity,
          discountAmount: line.discountAmount ?? 0,
          taxAmount: line.taxAmount ?? 0,
          total: line.unitPrice * line.quantity - (line.discountAmount ?? 0),
          costPrice: line.costPrice ?? 0,
          isLabour: line.labour !== undefined,
          hours: line.labour?.hours ?? null,
          labourRate: line.labour?.rate ?? null,
          position,
        })),
      },
      payments: {
        create: {
          tenantId,
          provider: 'manual',
          status: 'captured',
          amount: subtotal - discountTotal,
          capturedAmount: subtotal - discountTotal,
          currency: 'USD',
          idempotencyKey: `payment-${String(orderNumber)}`,
        },
      },
    },
    include: { payments: true },
  });
  return { id: created.id, paymentId: created.payments[0]?.id ?? '' };
}

async function refund(
  target: { id: string; paymentId: string },
  amount: number,
  createdAt: Date,
  status: 'succeeded' | 'pending' = 'succeeded',
) {
  await db.refund.create({
    data: {
      tenantId,
      orderId: target.id,
      paymentId: target.paymentId,
      amount,
      currency: 'USD',
      status,
      createdAt,
      idempotencyKey: `refund-${target.id}-${String(amount)}`,
    },
  });
}

async function category(name: string, slug: string, parent: { id: string; path: string } | null) {
  const created = await db.category.create({
    data: { tenantId, name, slug, path: '/', parentId: parent?.id ?? null, depth: parent ? 1 : 0 },
  });
  return db.category.update({
    where: { id: created.id },
    data: { path: `${parent?.path ?? '/'}${created.id}/` },
  });
}

beforeAll(async () => {
  const tenant = await unscoped(setup.database).tenant.create({
    data: { slug: 'reports', name: 'Reports Store', currency: 'USD', timezone: 'America/New_York' },
  });
  tenantId = tenant.id;
  db = setup.database.forTenant(tenantId);
  const kitchen = await category('Kitchen', 'kitchen', null);
  const cookware = await category('Cookware', 'cookware', kitchen);
  const gifts = await category('Gifts', 'gifts', null);
  const newProduct = (title: string, categoryIds: string[]) =>
    db.product.create({
      data: {
        tenantId,
        title,
        slug: title.toLowerCase().replace(/ /g, '-'),
        status: 'active',
        categories: { create: categoryIds.map((categoryId) => ({ tenantId, categoryId })) },
      },
    });
  product.p1 = (await newProduct('Skillet', [cookware.id])).id;
  product.p2 = (await newProduct('Apron', [kitchen.id, gifts.id])).id;
  product.p3 = (await newProduct('Sticker', [])).id;

  const { p1, p2, p3 } = product;
  await order(
    nyc('2026-01-05T10:00:00'),
    [
      { productId: p1, unitPrice: 4000, quantity: 2, discountAmount: 800, costPrice: 1500 },
      { productId: p2, unitPrice: 2000, quantity: 1, discountAmount: 200, costPrice: 500 },
    ],
    { discountTotal: 1000 },
  );
  await order(
    nyc('2026-01-05T23:30:00'),
    [
      { productId: p2, unitPrice: 2000, quantity: 1, taxAmount: 150, costPrice: 500 },
      { unitPrice: 1000, quantity: 1, labour: { hours: 1.5, rate: 600 } },
    ],
    { pricesIncludeTax: true },
  );
  await order(nyc('2026-01-07T07:00:00'), [{ productId: p1, unitPrice: 4000, quantity: 10 }], {
    status: 'cancelled',
  });
  const o4 = await order(nyc('2026-01-07T15:00:00'), [
    { productId: p1, unitPrice: 4000, quantity: 1, costPrice: 1500 },
    { productId: p3, unitPrice: 400, quantity: 5, costPrice: 300 },
  ]);
  const o5 = await order(
    nyc('2026-01-03T05:00:00'),
    [{ productId: p1, unitPrice: 4000, quantity: 1, discountAmount: 400, costPrice: 1500 }],
    { discountTotal: 400 },
  );
  await refund(o4, 1500, nyc('2026-01-07T17:00:00'));
  await refund(o5, 700, nyc('2026-01-06T10:00:00'));
  await refund(o4, 999, nyc('2026-01-07T18:00:00'), 'pending');
});

const empty = {
  grossSales: 0,
  discounts: 0,
  refunds: 0,
  netSales: 0,
  orders: 0,
  averageOrderValue: 0,
  units: 0,
};

describe('sales report', () => {
  it('buckets by day in the store timezone, zero-filled, with the previous period', async () => {
    const report = await getSalesReport({ db, tenantId, ...current, granularity: 'day' });
    expect(report).toMatchObject({
      currency: 'USD',
      timezone: 'America/New_York',
      granularity: 'day',
    });
    expect(report.current.buckets).toEqual([
      {
        start: nyc('2026-01-05T00:00:00'),
        label: '2026-01-05',
        // O1 and O2 (23:30 in New York is still the 5th).
        grossSales: 13000,
        discounts: 1000,
        refunds: 0,
        netSales: 12000,
        orders: 2,
        averageOrderValue: 6000,
        // 2 + 1 goods; the labour line is not a unit.
        units: 3 + 1,
      },
      // No orders, but O5's refund (an order of the previous period) was issued that day.
      {
        start: nyc('2026-01-06T00:00:00'),
        label: '2026-01-06',
        ...empty,
        refunds: 700,
        netSales: -700,
      },
      {
        start: nyc('2026-01-07T00:00:00'),
        label: '2026-01-07',
        // O4 only: O3 was cancelled and the pending refund does not count.
        grossSales: 6000,
        discounts: 0,
        refunds: 1500,
        netSales: 4500,
        orders: 1,
        averageOrderValue: 6000,
        units: 6,
      },
    ]);
    expect(report.current.totals).toEqual({
      grossSales: 19000,
      discounts: 1000,
      refunds: 2200,
      netSales: 15800,
      orders: 3,
      averageOrderValue: 6000,
      units: 10,
    });
    expect(report.previous.from).toEqual(nyc('2026-01-02T00:00:00'));
    expect(report.previous.buckets.map((b) => [b.label, b.grossSales, b.netSales])).toEqual([
      ['2026-01-02', 0, 0],
      ['2026-01-03', 4000, 3600],
      ['2026-01-04', 0, 0],
    ]);
    expect(report.previous.totals).toEqual({
      grossSales: 4000,
      discounts: 400,
      refunds: 0,
      netSales: 3600,
      orders: 1,
      averageOrderValue: 3600,
      units: 1,
    });
  });

  it('buckets by ISO week (Monday) and by month', async () => {
    const weekly = await getSalesReport({ db, tenantId, ...current, granularity: 'week' });
    expect(weekly.current.buckets.map((b) => [b.label, b.netSales])).toEqual([
      ['2026-01-05', 15800],
    ]);
    expect(weekly.previous.buckets.map((b) => [b.label, b.netSales])).toEqual([
      ['2025-12-29', 3600],
    ]);
    const monthly = await getSalesReport({ db, tenantId, ...current, granularity: 'month' });
    expect(monthly.current.buckets.map((b) => [b.label, b.orders])).toEqual([['2026-01-01', 3]]);
    expect(monthly.current.buckets[0]?.start).toEqual(nyc('2026-01-01T00:00:00'));
  });

  it('answers an empty period with no buckets and zero totals', async () => {
    const report = await getSalesReport({
      db,
      tenantId,
      from: current.from,
      to: current.from,
      granularity: 'day',
    });
    expect(report.current).toMatchObject({ buckets: [], totals: empty });
    expect(report.currency).toBe('USD');
  });

  it('refuses more buckets than a chart can show', async () => {
    await expect(
      getSalesReport({
        db,
        tenantId,
        from: new Date('2020-01-01T00:00:00Z'),
        to: new Date('2026-01-01T00:00:00Z'),
        granularity: 'day',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('top products', () => {
  it('ranks by revenue and by units, without cancelled orders or labour lines', async () => {
    const report = await getTopProductsReport({ db, tenantId, ...current, limit: 2 });
    // P1: 4000×2−800 + 4000 = 11200 over 3 units; P2: 1800 + (2000 − 150 tax inside) = 3650 over
    // 2 units; P3: 2000 over 5 units.
    expect(report.byRevenue.map((p) => [p.title, p.revenue, p.units, p.orders])).toEqual([
      ['Skillet', 11200, 3, 2],
      ['Apron', 3650, 2, 2],
    ]);
    expect(report.byUnits.map((p) => [p.title, p.units])).toEqual([
      ['Sticker', 5],
      ['Skillet', 3],
    ]);
  });
});

describe('profit report', () => {
  it('gives revenue, cost, profit and margin by product, category subtree and in total', async () => {
    const report = await getProfitReport({ db, tenantId, ...current, limit: 10 });
    expect(
      report.byProduct.map((p) => [p.title, p.revenue, p.cost, p.profit, p.marginBps]),
    ).toEqual([
      // 6700 / 11200 = 59.82%
      ['Skillet', 11200, 4500, 6700, 5982],
      // 2650 / 3650 = 72.60%
      ['Apron', 3650, 1000, 2650, 7260],
      ['Sticker', 2000, 1500, 500, 2500],
    ]);
    expect(
      report.byCategory.map((c) => [c.slug, c.revenue, c.cost, c.profit, c.marginBps]),
    ).toEqual([
      // Roots first (equal positions: by name). The Apron is in both Gifts and Kitchen.
      ['gifts', 3650, 1000, 2650, 7260],
      // Kitchen covers Cookware (Skillet) and the Apron: 9350 / 14850 = 62.96%.
      ['kitchen', 14850, 5500, 9350, 6296],
      ['cookware', 11200, 4500, 6700, 5982],
    ]);
    // The Sticker (no category) and the labour line (1000 revenue, 1.5 h × 600 = 900 cost).
    expect(report.uncategorised).toEqual({
      revenue: 3000,
      cost: 2400,
      profit: 600,
      marginBps: 2000,
    });
    // 17850 revenue, 7900 cost: 9950 / 17850 = 55.74%.
    expect(report.totals).toEqual({ revenue: 17850, cost: 7900, profit: 9950, marginBps: 5574 });
  });
});

describe('inventory report', () => {
  beforeAll(async () => {
    const active = await db.inventoryLocation.create({
      data: { tenantId, name: 'Main', code: 'main', isDefault: true },
    });
    const closed = await db.inventoryLocation.create({
      data: { tenantId, name: 'Old shop', code: 'old', isActive: false },
    });
    const variant = async (
      productId: string,
      spec: {
        sku: string;
        price: number;
        costPrice: number | null;
        threshold: number | null;
        trackInventory?: boolean;
      },
      levels: { locationId: string; onHand: number; reserved?: number }[],
    ) => {
      const created = await db.productVariant.create({
        data: {
          tenantId,
          productId,
          title: 'Default',
          sku: spec.sku,
          price: spec.price,
          costPrice: spec.costPrice,
          currency: 'USD',
          lowStockThreshold: spec.threshold,
          trackInventory: spec.trackInventory ?? true,
        },
      });
      for (const level of levels) {
        await db.inventoryLevel.create({
          data: { tenantId, variantId: created.id, ...level, reserved: level.reserved ?? 0 },
        });
      }
    };
    const archived = await db.product.create({
      data: { tenantId, title: 'Old Stock', slug: 'old-stock', status: 'archived' },
    });
    await variant(product.p1, { sku: 'P1', price: 4000, costPrice: 1500, threshold: 8 }, [
      { locationId: active.id, onHand: 10, reserved: 2 },
    ]);
    await variant(product.p2, { sku: 'P2', price: 2000, costPrice: 500, threshold: 5 }, [
      { locationId: active.id, onHand: 4 },
      { locationId: closed.id, onHand: 6 },
    ]);
    await variant(product.p3, { sku: 'P3', price: 400, costPrice: null, threshold: null }, [
      { locationId: active.id, onHand: 100 },
    ]);
    await variant(
      product.p3,
      { sku: 'P3-UNTRACKED', price: 400, costPrice: 10, threshold: 5, trackInventory: false },
      [{ locationId: active.id, onHand: 50 }],
    );
    await variant(archived.id, { sku: 'OLD', price: 200, costPrice: 100, threshold: 5 }, [
      { locationId: active.id, onHand: 1 },
    ]);
  });

  it('values stock at cost and retail and lists variants at or under their threshold', async () => {
    const report = await getInventoryReport({ db, tenantId, limit: 100 });
    expect(report).toMatchObject({
      currency: 'USD',
      units: 10 + 10 + 100 + 1,
      costValue: 10 * 1500 + 10 * 500 + 1 * 100,
      retailValue: 10 * 4000 + 10 * 2000 + 100 * 400 + 1 * 200,
      variantsWithoutCost: 1,
      lowStockCount: 2,
    });
    // P2 counts only the active location (4 ≤ 5); P1 has 10 − 2 reserved = 8 ≤ 8.
    expect(report.lowStock.map((v) => [v.sku, v.available, v.threshold])).toEqual([
      ['P2', 4, 5],
      ['P1', 8, 8],
    ]);
  });

  it('uses the threshold given instead, still without untracked or archived variants', async () => {
    const report = await getInventoryReport({ db, tenantId, threshold: 100, limit: 2 });
    expect(report.lowStockCount).toBe(3);
    expect(report.lowStock.map((v) => v.sku)).toEqual(['P2', 'P1']);
  });
});
