import type { TenantClient } from '@storeloom/db';

const dayMs = 24 * 60 * 60 * 1000;

/** The admin's first screen: the last 30 days at a glance, and what needs attention. */
export async function getStoreOverview({ db, now = new Date() }: { db: TenantClient; now?: Date }) {
  const since = new Date(now.getTime() - 30 * dayMs);
  const placed = { placedAt: { gte: since }, status: { not: 'cancelled' as const } };
  const [sales, productCount, activeProductCount, customerCount, openOrders, recentOrders] =
    await Promise.all([
      db.order.aggregate({
        where: placed,
        _sum: { total: true, profit: true },
        _count: { _all: true },
      }),
      db.product.count(),
      db.product.count({ where: { status: 'active' } }),
      db.customer.count(),
      db.order.count({
        where: { status: { in: ['pending_payment', 'paid', 'processing', 'partially_fulfilled'] } },
      }),
      db.order.findMany({
        orderBy: { placedAt: 'desc' },
        take: 8,
        select: {
          id: true,
          number: true,
          email: true,
          total: true,
          currency: true,
          status: true,
          paymentStatus: true,
          fulfillmentStatus: true,
          placedAt: true,
        },
      }),
    ]);
  const orderCount = sales._count._all;
  const revenue = sales._sum.total ?? 0;
  return {
    periodDays: 30,
    revenue,
    profit: sales._sum.profit ?? 0,
    orderCount,
    averageOrderValue: orderCount > 0 ? Math.round(revenue / orderCount) : 0,
    productCount,
    activeProductCount,
    customerCount,
    openOrders,
    recentOrders,
  };
}
