import { ButtonLink, EmptyState, ReceiptIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { textLinkClassName } from '~/components/account/auth-card';
import { OrderList } from '~/components/account/order-list';
import { api } from '~/trpc/server';

import { accountMetadata } from '../../_lib/account-metadata';
import { requireCustomer } from '../../_lib/require-customer';
import { requireStore } from '../../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Your orders');
}

const PAGE_SIZE = 10;

/** Cursors are order ids (cuid); anything else is ignored rather than sent to the API. */
const CURSOR_SHAPE = /^[a-z0-9]{1,64}$/i;

interface OrdersPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Every order, newest first, a page at a time; the cursor lives in the URL. */
export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const { cursor: rawCursor } = await searchParams;
  const cursor =
    typeof rawCursor === 'string' && CURSOR_SHAPE.test(rawCursor) ? rawCursor : undefined;
  await requireCustomer(
    cursor === undefined ? '/account/orders' : `/account/orders?cursor=${cursor}`,
  );
  const store = await requireStore();
  const page = await (await api()).storefront.account.orders.list({ limit: PAGE_SIZE, cursor });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Your orders</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {cursor === undefined ? 'Newest first.' : 'Older orders, newest first.'} Open one for
            its tracking, invoice and returns.
          </p>
        </div>
        {cursor !== undefined && (
          <Link href="/account/orders" className={textLinkClassName}>
            Back to your latest orders
          </Link>
        )}
      </div>

      {page.items.length > 0 ? (
        <OrderList orders={page.items} locale={store.locale} />
      ) : (
        <EmptyState
          className="rounded-xl border border-dashed border-border"
          icon={<ReceiptIcon />}
          title={cursor === undefined ? 'No orders yet' : 'No older orders'}
          description={
            cursor === undefined
              ? `When you order from ${store.name}, you can follow it here.`
              : 'You have seen all of your orders.'
          }
          action={
            <ButtonLink
              href={cursor === undefined ? '/' : '/account/orders'}
              linkComponent={Link}
              variant="secondary"
            >
              {cursor === undefined ? 'Start shopping' : 'Back to your latest orders'}
            </ButtonLink>
          }
        />
      )}

      {page.nextCursor !== null && (
        <div className="flex justify-center">
          <ButtonLink
            href={`/account/orders?cursor=${encodeURIComponent(page.nextCursor)}`}
            linkComponent={Link}
            variant="secondary"
            size="lg"
          >
            Older orders
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
