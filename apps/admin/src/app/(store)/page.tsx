import { hasPermission } from '@storeloom/auth/permissions';
import { ButtonLink, Money, PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';
import Link from 'next/link';

import { requireSession } from '~/auth/session';
import { KpiCard } from '~/components/overview/kpi-card';
import { RecentOrdersCard } from '~/components/overview/recent-orders-card';
import { StoreCounts } from '~/components/overview/store-counts';
import { RoleBadge } from '~/components/role-badge';
import { getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, overview] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.store.overview.queryOptions()),
  ]);
  const { currency, locale, timezone } = store;
  const period = `Last ${String(overview.periodDays)} days`;
  const count = new Intl.NumberFormat(locale);
  const margin = overview.revenue > 0 ? overview.profit / overview.revenue : null;

  return (
    <>
      <PageHeader
        eyebrow={
          <span className="flex items-center gap-2">
            Your role <RoleBadge role={role} />
          </span>
        }
        title={store.name}
        description={`Here is how your store is doing. ${period}, cancelled orders excluded.`}
        actions={
          hasPermission(role, 'members:invite') && (
            <ButtonLink href="/team" linkComponent={Link} variant="secondary">
              Invite teammate
            </ButtonLink>
          )
        }
      />

      <section aria-label="Key figures" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard
          label="Revenue"
          value={<Money amountMinor={overview.revenue} currency={currency} locale={locale} />}
          detail={period}
        />
        <KpiCard label="Orders" value={count.format(overview.orderCount)} detail={period} />
        <KpiCard
          label="Average order value"
          value={
            <Money amountMinor={overview.averageOrderValue} currency={currency} locale={locale} />
          }
          detail={period}
        />
        <KpiCard
          label="Profit"
          value={<Money amountMinor={overview.profit} currency={currency} locale={locale} />}
          detail={
            margin === null
              ? period
              : `${new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(margin)} margin`
          }
        />
      </section>

      <div className="mt-4">
        <StoreCounts overview={overview} locale={locale} />
      </div>

      <div className="mt-6">
        <RecentOrdersCard orders={overview.recentOrders} locale={locale} timeZone={timezone} />
      </div>
    </>
  );
}
