import { idSchema } from '@storeloom/validators';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { OrderConfirmationView } from '~/components/checkout/order-confirmation-view';
import { loadCurrentStore } from '~/lib/current-store';
import { api } from '~/trpc/server';

interface ConfirmationPageProps {
  params: Promise<{ orderId: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const result = await loadCurrentStore();
  const title = result.kind === 'ok' ? `Order confirmed · ${result.store.name}` : 'Order confirmed';
  return { title, robots: { index: false, follow: false } };
}

/**
 * Only the shopper who placed the order sees it: the API checks their cart cookie or account, and
 * anyone else (another browser, a guessed id) gets the not-found page.
 */
export default async function ConfirmationPage({ params }: ConfirmationPageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { orderId } = await params;
  if (!idSchema.safeParse(orderId).success) notFound();

  const order = await (
    await api()
  ).storefront.checkout
    .confirmation({ orderId })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
      throw error;
    });
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <OrderConfirmationView
        order={order}
        money={{ currency: order.currency, locale: result.store.locale }}
      />
    </main>
  );
}
