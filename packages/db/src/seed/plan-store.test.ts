import { describe, expect, it } from 'vitest';
import { DEMO_STORES } from '@storeloom/auth/demo-accounts';
import { planStore } from './plan-store';
import { storeProfiles } from './stores';

const now = new Date('2026-11-20T12:00:00.000Z');

describe('demo store plans', () => {
  it('cover exactly the DEMO_STORES, in order', () => {
    expect(storeProfiles.map((p) => [p.slug, p.name])).toEqual(
      DEMO_STORES.map((s) => [s.slug, s.name]),
    );
  });

  it.each(storeProfiles.map((profile) => [profile.slug, profile] as const))(
    '%s is deterministic',
    (_slug, profile) => {
      expect(planStore(profile, now)).toEqual(planStore(profile, now));
    },
  );

  it.each(storeProfiles.map((profile) => [profile.slug, profile] as const))(
    '%s meets the minimums and stays in the past',
    (_slug, profile) => {
      const plan = planStore(profile, now);
      expect(plan.catalog.products.length).toBeGreaterThanOrEqual(40);
      expect(plan.customers.length).toBeGreaterThanOrEqual(25);
      expect(plan.orders.length).toBeGreaterThanOrEqual(100);
      const statuses = new Set(plan.orders.map((order) => order.status));
      for (const status of [
        'pending_payment',
        'processing',
        'fulfilled',
        'delivered',
        'cancelled',
      ] as const)
        expect(statuses).toContain(status);
      const oldest = now.getTime() - 90 * 86_400_000;
      for (const order of plan.orders) {
        const t = order.totals;
        expect(t.total).toBe(t.subtotal - t.discountTotal + t.shippingTotal + t.taxTotal);
        expect(order.refundedTotal).toBeLessThanOrEqual(t.total);
        expect(order.placedAt.getTime()).toBeGreaterThanOrEqual(oldest);
        const times = [
          order.placedAt,
          ...order.events.map((e) => e.createdAt),
          order.shipment?.deliveredAt,
          order.return?.refundedAt,
        ];
        for (const time of times)
          if (time) expect(time.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      const returnNumbers = plan.orders.flatMap((order) =>
        order.return ? [order.return.number] : [],
      );
      expect(returnNumbers).toEqual(returnNumbers.map((_, i) => i + 1));
      for (const event of plan.storefrontEvents)
        expect(event.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
    },
  );
});
