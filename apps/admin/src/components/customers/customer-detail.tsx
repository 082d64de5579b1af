'use client';

import { ActionNotice, Badge, Card, DateTime, Money, PageHeader, type Notice } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { BackLink } from '~/components/back-link';
import { DetailQueryState } from '~/components/detail-query-state';
import { DetailList } from '~/components/detail-list';
import { useTRPC } from '~/trpc/react';

import { CustomerAddressesCard } from './customer-addresses-card';
import { CustomerNoteCard } from './customer-note-card';
import { CustomerOrdersCard } from './customer-orders-card';

export interface CustomerDetailProps {
  customerId: string;
  /** Editing the note and tags; the server refuses it without `customers:write` anyway. */
  canWrite: boolean;
  locale: string;
  timeZone: string;
}

const backLink = <BackLink href="/customers">Customers</BackLink>;

/** One customer: what they are worth to the store, their orders, addresses and the team's note. */
export function CustomerDetail({ customerId, canWrite, locale, timeZone }: CustomerDetailProps) {
  const trpc = useTRPC();
  const query = useQuery(trpc.customers.get.queryOptions({ customerId }));
  const [notice, setNotice] = useState<Notice | null>(null);

  if (query.isPending || query.isError) {
    return (
      <DetailQueryState query={query} title="Customer" backLink={backLink} subject="the customer" />
    );
  }

  const customer = query.data;
  const { stats } = customer;
  const when = (value: Date | null) =>
    value === null ? (
      '—'
    ) : (
      <DateTime value={value} locale={locale} timeZone={timeZone} style="date" />
    );

  return (
    <>
      <PageHeader
        eyebrow={backLink}
        title={customer.name ?? customer.email}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{customer.email}</span>
            {customer.phone !== null && <span>· {customer.phone}</span>}
            <Badge tone={customer.acceptsMarketing ? 'success' : 'neutral'}>
              {customer.acceptsMarketing ? 'Subscribed to marketing' : 'Not subscribed'}
            </Badge>
            {customer.emailVerifiedAt === null && <Badge tone="warning">Email not verified</Badge>}
          </span>
        }
      />
      <div className="space-y-4">
        {notice !== null && (
          <ActionNotice
            notice={notice}
            onDismiss={() => {
              setNotice(null);
            }}
          />
        )}
        <Card className="p-4">
          <DetailList
            items={[
              {
                label: 'Lifetime value',
                value: (
                  <Money
                    amountMinor={stats.lifetimeValue}
                    currency={stats.currency}
                    locale={locale}
                  />
                ),
              },
              { label: 'Orders', value: stats.orderCount },
              {
                label: 'Average order',
                value: (
                  <Money
                    amountMinor={stats.averageOrderValue}
                    currency={stats.currency}
                    locale={locale}
                  />
                ),
              },
              { label: 'First order', value: when(stats.firstOrderAt) },
              { label: 'Last order', value: when(stats.lastOrderAt) },
              { label: 'Customer since', value: when(customer.createdAt) },
            ]}
          />
        </Card>
        <div className="grid items-start gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <CustomerOrdersCard
              email={customer.email}
              orders={customer.recentOrders}
              orderCount={stats.orderCount}
              locale={locale}
              timeZone={timeZone}
            />
          </div>
          <div className="space-y-4">
            <CustomerNoteCard customer={customer} canWrite={canWrite} onNotice={setNotice} />
            <CustomerAddressesCard addresses={customer.addresses} />
          </div>
        </div>
      </div>
    </>
  );
}
