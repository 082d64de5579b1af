import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { OrderDetail } from '~/components/account/order-detail';
import { HydrateClient } from '~/trpc/hydrate-client';
import { getQueryClient, trpc } from '~/trpc/server';

import { accountMetadata } from '../../../_lib/account-metadata';
import { requireCustomer } from '../../../_lib/require-customer';
import { requireStore } from '../../../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Order details');
}

/** Order ids are cuids; anything else is not an order of this shopper. */
const ORDER_ID_SHAPE = /^[a-z0-9_-]{1,64}$/i;

interface OrderPageProps {
  params: Promise<{ id: string }>;
}

/**
 * One of the shopper's orders. Emails link here (`/account/orders/<id>`). Another shopper's
 * order, or one that does not exist, is "not found" either way.
 */
export default async function OrderPage({ params }: OrderPageProps) {
  const { id } = await params;
  await requireCustomer(`/account/orders/${encodeURIComponent(id)}`);
  if (!ORDER_ID_SHAPE.test(id)) notFound();
  const store = await requireStore();

  // Read here so a missing order is a not-found page, and handed to the live view as its start.
  const orderQuery = trpc.storefront.account.orders.get.queryOptions({ orderId: id });
  try {
    await getQueryClient().query(orderQuery);
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }

  return (
    <HydrateClient>
      <OrderDetail orderId={id} locale={store.locale} />
    </HydrateClient>
  );
}
