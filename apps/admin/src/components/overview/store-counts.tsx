import type { RouterOutputs } from '@storeloom/api';
import { BoxIcon, ReceiptIcon, UsersIcon } from '@storeloom/ui';

import { KpiCard } from './kpi-card';

type Overview = RouterOutputs['store']['overview'];

/** Catalogue and customer totals, and the orders waiting for someone: not limited to the period. */
export function StoreCounts({ overview, locale }: { overview: Overview; locale: string }) {
  const count = new Intl.NumberFormat(locale);
  const inactive = overview.productCount - overview.activeProductCount;

  return (
    <section aria-label="Store totals" className="grid gap-4 sm:grid-cols-3">
      <KpiCard
        label="Active products"
        icon={<BoxIcon />}
        value={
          <>
            {count.format(overview.activeProductCount)}
            <span className="text-base font-normal text-subtle-foreground">
              {' '}
              / {count.format(overview.productCount)}
            </span>
          </>
        }
        detail={
          inactive > 0 ? `${count.format(inactive)} draft or archived` : 'All products are live'
        }
      />
      <KpiCard
        label="Customers"
        icon={<UsersIcon />}
        value={count.format(overview.customerCount)}
        detail="All time"
      />
      <KpiCard
        label="Open orders"
        icon={<ReceiptIcon />}
        value={count.format(overview.openOrders)}
        detail="Pending, confirmed or processing"
      />
    </section>
  );
}
