import { formatMoney } from '@storeloom/ui';
import { idSchema } from '@storeloom/validators';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';

import { PaymentCompletion } from '~/components/checkout/payment-completion';
import { loadCurrentStore } from '~/lib/current-store';
import { api } from '~/trpc/server';

interface PaymentPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const result = await loadCurrentStore();
  const title = result.kind === 'ok' ? `Payment · ${result.store.name}` : 'Payment';
  return { title, robots: { index: false, follow: false } };
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Where placing an order with Stripe or PayPal continues, and where both providers send the
 * shopper back (`placeOrder` gives this URL as PayPal's return and cancel URLs, the card form as
 * Stripe's `return_url`). Only the shopper who placed the order gets past the first check.
 */
export default async function PaymentPage({ searchParams }: PaymentPageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const params = await searchParams;
  const orderId = single(params.orderId);
  if (orderId === undefined || !idSchema.safeParse(orderId).success) notFound();

  const caller = await api();
  const [order, methods] = await Promise.all([
    caller.storefront.checkout.confirmation({ orderId }).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    caller.storefront.checkout.paymentMethods(),
  ]);
  const confirmation = `/checkout/confirmation/${encodeURIComponent(order.orderId)}`;
  // Nothing left to pay, or Stripe says the card went through (its webhook records it): the
  // confirmation page tells the rest.
  const stripeStatus = single(params.redirect_status);
  if (order.amountDue === 0 || order.status !== 'pending_payment') redirect(confirmation);
  if (stripeStatus === 'succeeded' || stripeStatus === 'processing') redirect(confirmation);

  const interruption =
    single(params.cancelled) === '1' ? 'cancelled' : stripeStatus === 'failed' ? 'failed' : null;
  const amountDue = formatMoney(order.amountDue, order.currency, result.store.locale);
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 lg:py-12">
      <p className="text-sm font-medium text-muted-foreground">Order #{order.number}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Pay {amountDue}</h1>
      <p className="mt-2 mb-6 text-sm text-muted-foreground">
        Your order is placed and its items are reserved for you while you pay.
      </p>
      <PaymentCompletion
        orderId={order.orderId}
        orderNumber={order.number}
        currency={order.currency}
        amountDue={amountDue}
        methods={methods}
        interruption={interruption}
      />
    </main>
  );
}
