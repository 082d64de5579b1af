import { Skeleton } from '@storeloom/ui';

import { CartSkeleton } from '~/components/cart/cart-skeleton';

export default function CartLoading() {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6">
      <Skeleton className="mb-8 h-9 w-48" />
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-12">
        <div className="rounded-xl border border-border bg-surface px-5 sm:px-6">
          <CartSkeleton lines={3} />
        </div>
        <Skeleton className="h-96 rounded-xl" />
      </div>
    </main>
  );
}
