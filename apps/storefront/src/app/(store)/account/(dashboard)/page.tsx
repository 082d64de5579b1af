import { Alert, ButtonLink, DateTime, EmptyState, ReceiptIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { textLinkClassName } from '~/components/account/auth-card';
import { OrderList } from '~/components/account/order-list';
import { AddressBlock, addressOfSaved } from '~/components/checkout/address-block';
import { api } from '~/trpc/server';

import { accountMetadata } from '../_lib/account-metadata';
import { requireCustomer } from '../_lib/require-customer';
import { requireStore } from '../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Your account');
}

const RECENT_ORDERS = 3;

interface AccountPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The account at a glance: who is signed in, the latest orders and the default address. */
export default async function AccountPage({ searchParams }: AccountPageProps) {
  const customer = await requireCustomer('/account');
  const store = await requireStore();
  const caller = await api();
  const [recent, addresses, { notice }] = await Promise.all([
    caller.storefront.account.orders.list({ limit: RECENT_ORDERS }),
    caller.storefront.account.addresses.list(),
    searchParams,
  ]);
  const defaultAddress = addresses.find((address) => address.isDefaultShipping) ?? addresses[0];
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');

  return (
    <div className="space-y-8">
      {notice === 'password-changed' && (
        <Alert tone="success" title="Your password was changed">
          You are signed in here, and signed out on every other device.
        </Alert>
      )}
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {customer.firstName ? `Hi, ${customer.firstName}` : 'Your account'}
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Signed in as <span className="font-medium text-foreground">{customer.email}</span>
        </p>
      </div>

      <section aria-labelledby="recent-orders-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="recent-orders-heading" className="text-lg font-semibold">
            Recent orders
          </h2>
          {recent.items.length > 0 && (
            <Link href="/account/orders" className={textLinkClassName}>
              View all orders
            </Link>
          )}
        </div>
        {recent.items.length > 0 ? (
          <OrderList orders={recent.items} locale={store.locale} />
        ) : (
          <EmptyState
            className="rounded-xl border border-dashed border-border"
            icon={<ReceiptIcon />}
            title="No orders yet"
            description={`Orders you place at ${store.name} show up here, with their tracking.`}
            action={
              <ButtonLink href="/" linkComponent={Link} variant="secondary">
                Start shopping
              </ButtonLink>
            }
          />
        )}
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section
          aria-labelledby="profile-heading"
          className="rounded-xl border border-border bg-surface p-5"
        >
          <h2 id="profile-heading" className="text-base font-semibold">
            Profile
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            {name !== '' && (
              <div>
                <dt className="text-muted-foreground">Name</dt>
                <dd>{name}</dd>
              </div>
            )}
            <div>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="break-words">{customer.email}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Customer since</dt>
              <dd>
                <DateTime value={customer.createdAt} style="date" locale={store.locale} />
              </dd>
            </div>
          </dl>
          <p className="mt-4 text-sm">
            <Link href="/account/forgot-password" className={textLinkClassName}>
              Change your password
            </Link>
          </p>
        </section>

        <section
          aria-labelledby="address-heading"
          className="rounded-xl border border-border bg-surface p-5"
        >
          <h2 id="address-heading" className="text-base font-semibold">
            Default address
          </h2>
          <div className="mt-3">
            {defaultAddress !== undefined ? (
              <AddressBlock address={addressOfSaved(defaultAddress)} locale={store.locale} />
            ) : (
              <p className="text-sm text-muted-foreground">No saved address yet.</p>
            )}
          </div>
          <p className="mt-4 text-sm">
            <Link href="/account/addresses" className={textLinkClassName}>
              {addresses.length > 0 ? 'Manage addresses' : 'Add an address'}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
